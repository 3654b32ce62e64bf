using FactPipeline.Core.Claims.Scopes;
using FactPipeline.Core.Claims.Subjects;
using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Common;
using FactPipeline.Core.Quantities;

namespace FactPipeline.Core.Claims;

/// <summary>
/// The deterministic claim extractor: every money amount, percentage, count and multiplier in a sentence
/// becomes a claim, tagged with the concept it measures, the entities it is about and its year.
/// Bare numbers with no unit are not claims: nothing could be cross-checked against them.
/// Each claim carries its subject (whose figure: from the sentence, else from the sentences just before it or the
/// title), its measure (<see cref="Claim.Concept"/>) and its scope (<see cref="ScopeReader"/>).
/// </summary>
/// <param name="words">Its word lists, each loaded once from its data file (registered by AddClaims).</param>
public sealed class ClaimExtractor(IQuantityRecognizer recognizer, ConceptLexicon lexicon, SubjectResolver subjects, ScopeReader scopes, ClaimWordLists words) : IClaimExtractor
{
    // A figure dated this many years or more before its article's publication is a past one ("in 2021"); last
    // year's results reported this year ("Q4 2025" in March 2026) are still the story's own.
    private const int HistoricalYears = 2;

    // How many sentences back a claim whose sentence names no subject may take one from.
    private const int ContextSentences = 3;

    private readonly SubjectResolver _subjects = subjects;
    private readonly ScopeReader _scopes = scopes;
    private readonly PartitiveParts _parts = new(lexicon, concept => IsGenericCount(concept, words.Counters));
    private readonly TimeScopeResolver _years = new(words.Changes);

    private readonly MeasurementUnits _units = words.Units;
    private readonly CounterWords _counters = words.Counters;
    private readonly ChangeWords _changes = words.Changes;
    private readonly BareCounts _bare = words.Bare;
    private readonly CutWords _cuts = words.Cuts;
    private readonly PartitiveOpeners _openers = words.Openers;
    private readonly OccurrenceCounts _occurrences = words.Occurrences;

    // The measure of a percentage that a rise word marks when its clause names none ("tăng 7,5%").
    private const string Growth = "growth";


    // The counted noun must start inside the figure's span or right after it ("260 ribu unit GPU"); further
    // away it is another phrase ("enam bulan hingga tersisa dua finalis").
    private const int UnitLookAhead = 2;
    // A metric word before the figure wins when it is this close ("anggaran pemerintah sebesar 10 triliun").
    private const int MetricLookBehind = 60;
    // A metric word after the figure counts only this close ("$100bn investment", "81 orang tewas").
    private const int MetricLookAhead = 30;
    // Korean often puts the noun first: "GPU 26만 장", "직원 300명".
    private const int UnitLookBehind = 12;

    public IReadOnlyList<Claim> Extract(Article article) => Read(article, null).Claims;

    /// <summary>
    /// The claims, and the story profile from the names this reading finds in every sentence anyway (the profiler
    /// only adds the title's), when <paramref name="stories"/> reads names as this extractor does.
    /// </summary>
    public ClaimsAndStory ExtractWithStory(Article article, IStoryProfiler stories)
    {
        if (stories is not StoryProfiler profiler || !profiler.ReadsLike(_subjects, lexicon) || !SupportedLanguages.Contains(article.Language))
        {
            return new ClaimsAndStory(Extract(article), stories.Profile(article));
        }
        var story = new StoryNames();
        var (claims, namesInArticle) = Read(article, story);
        return new ClaimsAndStory(claims, profiler.WithTitle(article, namesInArticle, story));
    }

    private (IReadOnlyList<Claim> Claims, IReadOnlySet<string> NamesInArticle) Read(Article article, StoryNames? story)
    {
        if (!SupportedLanguages.Contains(article.Language))
        {
            // German "1.400" is not 1.4: figures are only read with their own language's rules.
            return ([], new HashSet<string>());
        }
        var text = article.Text;
        var articlePlaces = DominantPlaces(text);
        var reading = new ArticleReading(article, articlePlaces, NameFinder.NamesInArticle(text), TitleSubject(article), story);
        var claims = new List<Claim>();
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var (start, length) in SentenceSplitter.Split(paragraph.Text))
            {
                var sentence = paragraph.Text.Substring(start, length);
                var quoteStart = paragraph.Start + start;
                AddSentenceClaims(reading, sentence, quoteStart, claims);
            }
        }
        return (claims, reading.NamesInArticle);
    }

    private void AddSentenceClaims(ArticleReading reading, string sentence, int quoteStart, List<Claim> claims)
    {
        var article = reading.Article;
        var firstOfSentence = claims.Count;
        var quantities = recognizer.Recognize(sentence, article.Language);
        var conceptHits = lexicon.FindConcepts(sentence, article.Language);
        var entities = reading.ResolveShortNames(_subjects.Find(sentence, article.Language, quantities, conceptHits, reading.NamesInArticle, reading.Story), lexicon);
        var spelled = SpelledOccurrences(sentence, article.Language, conceptHits);
        if (spelled is not null)
        {
            // "scored twice": the recognizer reads no number in the word, but it is a count of the action.
            quantities = [.. quantities.Concat(spelled).OrderBy(q => q.Start)];
        }
        if (quantities.Count > 0)
        {
            // "Cùng kỳ năm 2025, hãng phục vụ 1,72 triệu lượt khách": "hãng" is the airline named before, not the
            // country the sentence in between was about.
            var recent = (_subjects.MentionsABody(sentence) ? reading.RecentBody() : null) ?? reading.RecentSubject();
            var context = new SentenceContext(conceptHits, SubjectOf(entities, reading.ArticlePlaces), entities, recent, quantities);
            var described = new List<(Quantity Quantity, Claim Claim)>();
            var (opener, whole) = PartitiveWhole(sentence, reading, conceptHits, entities);
            foreach (var q in quantities)
            {
                // Bare numbers, durations ("dua tahun") and single items ("one team will be eliminated") are not
                // figures worth cross-checking; they only add noise to the findings. A bare number counts something
                // only when its clause names what ("the death toll rose to 81").
                var claim = OccurrenceCount(article, sentence, quoteStart, q, context, spelled?.Contains(q) == true)
                    ?? (q.Kind == QuantityKind.Number ? BareCount(article, sentence, quoteStart, q, context, described)
                        ?? BarePart(article, sentence, quoteStart, q, context, opener, whole, described)
                    : IsCheckable(q) ? Describe(article, sentence, quoteStart, q, context)
                    : null);
                if (claim is not null)
                {
                    claim = JointTotal(claim, described);
                    if (whole is not null && q.Start >= opener!.End)
                    {
                        // "Dari jumlah tersebut, 480 karyawan berada di Malaysia": a part of the total before counts what it counts.
                        claim = _parts.Apply(claim, whole, entities);
                    }
                    claims.Add(claim);
                    described.Add((q, claim));
                    reading.RememberBody(claim, entities);
                }
            }
        }
        reading.Remember(SubjectResolver.SentenceSubject(entities));
        reading.RememberCounts(claims, firstOfSentence);
    }

    /// <summary>
    /// The opener of a sentence that tells a part of a whole ("Of that number, …", "受影响员工中，…") and that whole:
    /// the counts of the sentence before, or the measure the opener names. Nulls when the sentence opens on none.
    /// </summary>
    private (PartitiveOpener? Opener, PartitiveParts.Whole? Whole) PartitiveWhole(string sentence, ArticleReading reading,
        IReadOnlyList<TermHit> conceptHits, IReadOnlyList<EntityMention> entities)
    {
        if (_openers.Read(sentence) is not { } opener)
        {
            return (null, null);
        }
        var whole = opener.Anaphoric ? _parts.Anaphoric(reading.PreviousCounts) : _parts.Named(opener, conceptHits, entities);
        return (opener, whole);
    }

    /// <summary>
    /// The claim of a bare whole number that counts a thing its sentence names: an item of a list after a counted
    /// total ("50 schools, with 32 in Lakeside": schools), or the count a counted measure before it leads to ("the
    /// death toll rose to 81", "killed three"). Null for every other bare number (a score, a rank, a level).
    /// </summary>
    private Claim? BareCount(Article article, string sentence, int quoteStart, Quantity q, SentenceContext context, List<(Quantity Quantity, Claim Claim)> described)
    {
        if (!IsPlainWholeNumber(sentence, q))
        {
            return null; // glued to a word the recognizer did not take as a noun ("10日", "3rd"), or part of a date or a score
        }
        if (FollowsAName(sentence, q.Start))
        {
            return null; // the number of a name: "KM Cahaya Nusa 2", "Boeing 737", "Gate 5"
        }
        if (_bare.IsPlacedItem(sentence, q.End))
        {
            var total = described.LastOrDefault(d => d.Quantity.Kind == QuantityKind.Count && d.Quantity.End <= q.Start
                && d.Quantity.Amount > q.Amount && d.Claim.Concept is not null && !HasClauseBreak(sentence, d.Quantity.End, q.Start));
            return total.Claim is { } whole
                ? Describe(article, sentence, quoteStart, q with { Kind = QuantityKind.Count, Unit = total.Quantity.Unit }, context) with { Concept = whole.Concept }
                : null;
        }
        // The first counted measure the clause leads from to the number is what it counts: "Số người chết vì lũ ở
        // tỉnh Lâm Hà tăng lên 64" counts the dead, not provinces. A hedge belongs to the number, not to the link:
        // "bring total job reductions to about 1,750" links through "to" as "to 1,750" would.
        var numberStart = NumberStartWithHedge(sentence, q, article.Language);
        var term = context.ConceptHits.FirstOrDefault(h => h.End <= numberStart && h.Id != "people" && lexicon.Find(h.Id) is { IsUnit: true }
            && !context.Quantities.Any(o => o.End <= h.Start && h.Start - o.End <= AdjacentGap) // "3 deaths": another figure's
            && _bare.Counts(sentence, h.Start, h.End, numberStart));
        if (term.Id is null)
        {
            return null;
        }
        return Describe(article, sentence, quoteStart, q with { Kind = QuantityKind.Count }, context) with { Concept = term.Id };
    }

    // "Of that number, 480 …", "Dari jumlah tersebut, sebanyak 480 …": only a short word (a hedge, "sebanyak")
    // may stand between a partitive opener and the bare number it makes a part.
    private const int OpenerToBarePart = 12;

    /// <summary>
    /// A bare number right after a partitive opener ("Of that number, 480 are in Malaysia"): the part of the whole the
    /// opener points to, counted in the whole's measure. Null for any other bare number, or one not worth a claim.
    /// </summary>
    private Claim? BarePart(Article article, string sentence, int quoteStart, Quantity q, SentenceContext context,
        PartitiveOpener? opener, PartitiveParts.Whole? whole, List<(Quantity Quantity, Claim Claim)> described)
    {
        if (opener is null || whole is null || described.Count > 0 || !IsPlainWholeNumber(sentence, q)
            || context.Quantities.Any(o => o.End <= q.Start && o.Start >= opener.End))
        {
            return null;
        }
        var start = NumberStartWithHedge(sentence, q, article.Language);
        if (start < opener.End || start - opener.End > OpenerToBarePart)
        {
            return null;
        }
        return Describe(article, sentence, quoteStart, q with { Kind = QuantityKind.Count }, context) with { Concept = whole.Measure };
    }

    /// <summary>
    /// A bare whole number that may count something: two or more, no year, and not glued to a word the recognizer did not
    /// take as a noun ("10日", "3rd") nor part of a date or a score.
    /// </summary>
    private static bool IsPlainWholeNumber(string sentence, Quantity q) =>
        q.Amount >= 2 && decimal.IsInteger(q.Amount) && q.Amount is < 1900 or > 2100
        && !(q.End < sentence.Length && (char.IsLetterOrDigit(sentence[q.End]) || sentence[q.End] is '%' or '/' or '-' or '.' && q.End + 1 < sentence.Length && char.IsDigit(sentence[q.End + 1])));

    /// <summary>
    /// The claim of a count of occurrences ("memangkas suku bunga dua kali", "세 차례 금리를 내렸다", "两次降息", "scored
    /// twice"): a count whose measure is the action counted, so one actor's count of one action meets across
    /// languages. Null when <paramref name="q"/> counts no occurrences or its clause names no action: then it is read
    /// as before (a multiplier, a count of its counter word).
    /// </summary>
    private Claim? OccurrenceCount(Article article, string sentence, int quoteStart, Quantity q, SentenceContext context, bool spelled)
    {
        if (!spelled && !_occurrences.IsOccurrence(sentence, q, article.Language))
        {
            return null;
        }
        if (OccurrenceMeasure(q, context.ConceptHits, sentence) is not { } measure)
        {
            return null;
        }
        var count = q.Kind == QuantityKind.Count ? q : q with { Kind = QuantityKind.Count, Unit = LastWord(q.Text) };
        return Describe(article, sentence, quoteStart, count, context) with { Concept = measure };
    }

    /// <summary>The spelled occurrence counts of a sentence ("twice") whose clause names the action counted.</summary>
    /// <returns>Null when there is none, as in most sentences.</returns>
    private List<Quantity>? SpelledOccurrences(string sentence, string? language, IReadOnlyList<TermHit> conceptHits)
    {
        List<Quantity>? spelled = null;
        foreach (var q in _occurrences.Spelled(sentence, language))
        {
            if (OccurrenceMeasure(q, conceptHits, sentence) is not null)
            {
                (spelled ??= []).Add(q);
            }
        }
        return spelled;
    }

    /// <summary>
    /// What a count of occurrences measures: the action named nearest it in its clause, from the occurrence file's
    /// wordings ("scored", "降息") or else the nearest measure word ("21 kali gempa susulan", "세 차례 금리를"). Counting
    /// a thing that happens counts that thing: two goals scored are two goals. Counting moves of a metric is a measure
    /// of its own ("times:interest-rate:down"), with the direction a verb near it gives, so three cuts never meet three
    /// hikes, nor the rate's level.
    /// </summary>
    private string? OccurrenceMeasure(Quantity q, IReadOnlyList<TermHit> conceptHits, string sentence)
    {
        if (_occurrences.IsOverASpan(sentence, q.Start, q.End))
        {
            return null;
        }
        if (_occurrences.ActionNear(sentence, q.Start, q.End) is { } action)
        {
            return lexicon.Find(action.Measure) is { IsUnit: true } ? action.Measure
                : OccurrencesOf + action.Measure + ":" + (action.Direction ?? _occurrences.DirectionNear(sentence, q.Start, q.End) ?? "any");
        }
        if (EventRightAfter(q, conceptHits) is { } happened)
        {
            return happened; // "21 kali gempa susulan", "38次余震": 21 aftershocks
        }
        // "memangkas suku bunga dua kali": a metric's moves, told with the verb that says which way. A measure word in
        // the clause without one is no action ("once or twice in a month", "won the league twice with two clubs").
        return NearestConceptInClause(q, conceptHits, sentence) is { } metric && lexicon.Find(metric.Measure) is { IsUnit: false }
            && _occurrences.DirectionNear(sentence, q.Start, q.End) is { } direction
            ? OccurrencesOf + metric.Measure + ":" + direction
            : null;
    }

    /// <summary>The thing counted right after the counter ("21 kali gempa susulan", "38次余震"): each occurrence is one.</summary>
    private string? EventRightAfter(Quantity q, IReadOnlyList<TermHit> conceptHits)
    {
        foreach (var hit in conceptHits)
        {
            if (hit.Start >= q.End && hit.Start - q.End <= UnitLookAhead && hit.Id != "people" && lexicon.Find(hit.Id) is { IsUnit: true })
            {
                return hit.Id;
            }
        }
        return null;
    }

    /// <summary>The measure word nearest the count inside its clause window, not people (whom every action involves).</summary>
    private OccurrenceAction? NearestConceptInClause(Quantity q, IReadOnlyList<TermHit> conceptHits, string sentence)
    {
        var (from, to) = OccurrenceCounts.ClauseWindow(sentence, q.Start, q.End);
        OccurrenceAction? nearest = null;
        var best = int.MaxValue;
        foreach (var hit in conceptHits)
        {
            if (hit.Start < from || hit.End > to || (hit.Start < q.End && hit.End > q.Start) || hit.Id == "people" || lexicon.Find(hit.Id) is null)
            {
                continue;
            }
            var distance = hit.Start >= q.End ? hit.Start - q.End : q.Start - hit.End;
            if (distance < best)
            {
                (best, nearest) = (distance, new OccurrenceAction(hit.Id, null));
            }
        }
        return nearest;
    }

    /// <summary>The measure of a count of a metric's moves: "times:interest-rate:down" counts rate cuts.</summary>
    internal const string OccurrencesOf = "times:";

    private static string LastWord(string text)
    {
        var trimmed = text.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        return (space < 0 ? trimmed : trimmed[(space + 1)..]).ToLowerInvariant();
    }

    /// <summary>Where a bare number starts with the hedge word the recognizer read before it ("about 1,750").</summary>
    private static int NumberStartWithHedge(string sentence, Quantity q, string? language)
    {
        if (q.Hedge == Hedge.None)
        {
            return q.Start;
        }
        HedgeWords.Before(sentence, q.Start, QuantityLanguages.Parse(language), out var hedgeStart);
        return hedgeStart;
    }

    private EntityMention? TitleSubject(Article article)
    {
        if (string.IsNullOrWhiteSpace(article.Title))
        {
            return null;
        }
        var title = article.Title;
        var quantities = recognizer.Recognize(title, article.Language);
        return SubjectResolver.SentenceSubject(_subjects.Find(title, article.Language, quantities, lexicon.FindConcepts(title, article.Language), null));
    }

    /// <summary>What the extractor knows about the article while it reads it sentence by sentence.</summary>
    /// <param name="story">Collects the names of every sentence for the story profile, when one is wanted.</param>
    private sealed class ArticleReading(Article article, IReadOnlyList<string> articlePlaces, IReadOnlySet<string> namesInArticle, EntityMention? titleSubject, StoryNames? story)
    {
        private readonly Queue<EntityMention?> _recent = new();
        // Organisations the article has named in full so far, by the name as written ("印度尼西亚国家抗灾署" → bnpb).
        private readonly Dictionary<string, string> _fullNames = new(StringComparer.OrdinalIgnoreCase);

        public Article Article => article;
        public IReadOnlyList<string> ArticlePlaces => articlePlaces;
        public IReadOnlySet<string> NamesInArticle => namesInArticle;
        public StoryNames? Story => story;

        /// <summary>The subject of the nearest of the last few sentences that had one, else the title's.</summary>
        public EntityMention? RecentSubject()
        {
            // The queue holds the last few sentences' subjects, oldest first: the nearest is the last one set.
            EntityMention? nearest = null;
            foreach (var subject in _recent)
            {
                nearest = subject ?? nearest;
            }
            return nearest ?? titleSubject;
        }

        /// <summary>
        /// A later short mention of a body the article named in full is that body: "抗灾署" after "印度尼西亚国家抗灾署",
        /// "Pelabuhan Teluk Biru" after "PT Pelabuhan Teluk Biru". The short form is the tail of the full name (the
        /// head, the country or the company form, is what news drops), a whole word of it, and the tail of only one
        /// full name so far.
        /// </summary>
        public IReadOnlyList<EntityMention> ResolveShortNames(IReadOnlyList<EntityMention> entities, ConceptLexicon lexicon)
        {
            List<EntityMention>? resolved = null;
            for (var i = 0; i < entities.Count; i++)
            {
                var e = entities[i];
                if (e.IsPlace)
                {
                    continue;
                }
                if (!e.Id.StartsWith("name:", StringComparison.Ordinal))
                {
                    if (lexicon.FindEntity(e.Id) is { Type: not "media" })
                    {
                        _fullNames[e.Name] = e.Id;
                    }
                    continue;
                }
                if (FullNameEndingWith(e.Name) is { } id)
                {
                    (resolved ??= [.. entities])[i] = e with { Id = id };
                }
            }
            return resolved ?? entities;
        }

        private string? FullNameEndingWith(string shortName)
        {
            var cjk = shortName.AsSpan().IndexOfAnyInRange('\u1100', char.MaxValue) >= 0;
            if (shortName.Length < (cjk ? 2 : 4))
            {
                return null;
            }
            string? found = null;
            foreach (var (full, id) in _fullNames)
            {
                if (full.Length <= shortName.Length || !full.EndsWith(shortName, StringComparison.OrdinalIgnoreCase)
                    || (!cjk && full[full.Length - shortName.Length - 1] != ' '))
                {
                    continue;
                }
                if (found is not null && found != id)
                {
                    return null; // the tail of two bodies' names: no telling which
                }
                found = id;
            }
            return found;
        }

        /// <summary>The last body (no place) a figure of the article was told of by name, else the title's if it is one.</summary>
        public EntityMention? RecentBody() => _lastBody ?? (titleSubject is { IsPlace: false } ? titleSubject : null);

        private EntityMention? _lastBody;

        /// <summary>The counts of the sentence just read: the whole a next sentence's "Of that number, …" points back to.</summary>
        public IReadOnlyList<Claim> PreviousCounts { get; private set; } = [];

        public void RememberCounts(List<Claim> claims, int firstOfSentence)
        {
            List<Claim>? counts = null;
            for (var i = firstOfSentence; i < claims.Count; i++)
            {
                if (claims[i].Value.Kind == QuantityKind.Count)
                {
                    (counts ??= []).Add(claims[i]);
                }
            }
            PreviousCounts = counts is null ? [] : [.. counts];
        }

        /// <summary>Keeps the subject of a claim whose own sentence names it, when it is a body: whose figures the article tells.</summary>
        public void RememberBody(Claim claim, IReadOnlyList<EntityMention> entities)
        {
            if (claim.SubjectSource == SubjectSource.Sentence && entities.FirstOrDefault(e => e.Id == claim.SubjectId) is { IsPlace: false } body)
            {
                _lastBody = body;
            }
        }

        public void Remember(EntityMention? subject)
        {
            _recent.Enqueue(subject);
            if (_recent.Count > ContextSentences)
            {
                _recent.Dequeue();
            }
        }
    }

    /// <summary>
    /// "94 penumpang dan 12 awak kapal, atau total 106 orang": a total that is the sum of the counts just before it in
    /// its sentence counts all of them together, not the last one's measure. Its measure is the one the lexicon says
    /// those measures add up to (passengers and crew: people on board), else none.
    /// </summary>
    private Claim JointTotal(Claim claim, List<(Quantity Quantity, Claim Claim)> described)
    {
        if (claim.Value.Kind != QuantityKind.Count || claim.Scope.Basis != ScopeBasis.Total || described.Count < 2)
        {
            return claim;
        }
        var sum = 0m;
        var parts = new HashSet<string>(StringComparer.Ordinal);
        for (var k = described.Count - 1; k >= 0; k--)
        {
            var part = described[k].Claim;
            if (part.Value.Kind != QuantityKind.Count || part.Concept is null)
            {
                return claim;
            }
            sum += part.Value.Amount;
            parts.Add(part.Concept);
            if (sum == claim.Value.Amount && parts.Count >= 2)
            {
                var joint = lexicon.Measures.FirstOrDefault(m => m.SumOf is { Count: > 0 } of && of.ToHashSet(StringComparer.Ordinal).SetEquals(parts));
                return claim with { Concept = joint?.Id };
            }
            if (sum > claim.Value.Amount)
            {
                return claim;
            }
        }
        return claim;
    }

    /// <summary>
    /// Whether a bare number right after a capitalised word (not the sentence's first word) is that name's number
    /// ("KM Cahaya Nusa 2 di Selat Sape", "Boeing 737"), not a count of anything.
    /// </summary>
    private static bool FollowsAName(string sentence, int start)
    {
        if (start < 2 || sentence[start - 1] != ' ' || !char.IsLetter(sentence[start - 2]))
        {
            return false;
        }
        var wordStart = start - 2;
        while (wordStart > 0 && char.IsLetter(sentence[wordStart - 1]))
        {
            wordStart--;
        }
        return char.IsUpper(sentence[wordStart]) && sentence[..wordStart].Any(char.IsLetter);
    }

    /// <summary>
    /// Whether the rules make a claim of this quantity: not a bare number, a duration or an age ("5년간", "45 tuổi"). A count
    /// of one is a claim only with a hedge ("kurang dari satu ton") or a unit of measure ("satu ton"): a bare "satu orang",
    /// "one company" or "한 대" is mostly an article, not a figure anyone reports. Neither is a fraction of a thing, nor a
    /// recipe's spoonful ("6 tablespoons flour": two recipes are two recipes).
    /// </summary>
    internal bool IsCheckable(Quantity q) =>
        q.Kind != QuantityKind.Number
        && !(q.Kind == QuantityKind.Count && (UnitClasses.IsDurationOrAge(q.Unit) || UnitClasses.IsKitchen(q.Unit)))
        && !(q.Kind == QuantityKind.Count && q.Amount == 1m && q.Hedge == Hedge.None && !UnitClasses.IsMeasure(q.Unit))
        && !IsFractionOfAThing(q);

    /// <summary>
    /// "6.4 지진", "Python 3.7 image", "86.6 frames": things are counted in whole numbers, so a fraction before a noun
    /// that is no unit of measurement is a magnitude, a version or a rating, not a count anyone reports.
    /// </summary>
    private bool IsFractionOfAThing(Quantity q) =>
        q.Kind == QuantityKind.Count && !decimal.IsInteger(q.Amount) && !UnitClasses.IsMeasure(q.Unit) && _units.ConceptOf(q.Unit) is null;

    /// <summary>
    /// The claim the rules would make of quantity <paramref name="q"/> (offsets relative to <paramref name="sentence"/>,
    /// one of <paramref name="quantities"/>) in a quote starting at <paramref name="quoteStart"/>: the same concept,
    /// subject, metric words and year logic, and the rules' id. Other extractors (the LLM) reuse it so their claims
    /// are described exactly like the rules' ones.
    /// </summary>
    internal Claim Describe(Article article, string sentence, int quoteStart, Quantity q, IReadOnlyList<Quantity> quantities, IReadOnlyList<string> articlePlaces)
    {
        var conceptHits = lexicon.FindConcepts(sentence, article.Language);
        var entities = _subjects.Find(sentence, article.Language, quantities, conceptHits, null);
        return Describe(article, sentence, quoteStart, q, new SentenceContext(conceptHits, SubjectOf(entities, articlePlaces), entities, null, quantities));
    }

    private Claim Describe(Article article, string sentence, int quoteStart, Quantity q, SentenceContext context)
    {
        var concept = q.Kind == QuantityKind.Count ? CountedConcept(q, context.ConceptHits, sentence)
            : IsDiscount(q, sentence) ? Discount
            : ValueOfWhatFollows(q, context, sentence, out var measured) ? measured
            : ShareOfCount(q, context, sentence) ?? NearestMetric(q, context, sentence) ?? (q.Kind == QuantityKind.Percent && _changes.IsRiseAt(sentence, q.Start, q.End) ? Growth : null);
        if (q.Kind == QuantityKind.Count && IsGenericCount(concept))
        {
            // "81 orang tewas", "7명 실종", "사망자가 81명": people or a counter word says little; the measure word
            // around it says what is counted (a count of the dead before a budget or a magnitude).
            concept = NearestCounted(q, context, sentence) ?? NearestMetric(q, context, sentence) ?? concept;
        }
        if (q.Kind == QuantityKind.Count && IsGenericCount(concept) && _changes.IsRisenTo(sentence, q.Start, q.End)
            && RisenMeasure(q, context) is { } risen)
        {
            // "jumlah korban meninggal dunia akibat gempa …, Sulawesi Barat, bertambah menjadi 81 orang": what rose to
            // 81 people is the measure the sentence named before, however many clauses of where and why stand between.
            concept = risen;
        }
        if (q.Kind == QuantityKind.Count && concept?.StartsWith(UnitPrefix, StringComparison.Ordinal) != true && QualifierBefore(q, context, sentence) is { } qualified)
        {
            // "kapasitas 80 penumpang", "licensed to carry 80 passengers", "核载80人": how many a ferry may carry is
            // its capacity, not a count of the passengers it carried. A figure in a unit of measurement keeps it
            // ("kapasitas 1,8 juta TEU", "96 kWh"): the unit already says what it measures.
            concept = qualified;
        }
        if (q.Kind == QuantityKind.Count && IsWorkforceCut(q, concept, context, sentence, article.Language))
        {
            // "cut about 1,150 jobs", "cắt giảm 1.750 nhân sự", "600명을 줄인": staff counted beside a cut are the
            // jobs cut, never the company's headcount ("had about 9,600 employees") that its sentence may also give.
            concept = Layoffs;
        }
        if (q.Kind == QuantityKind.Count && KinBefore(q, concept, context, sentence) is { } kin)
        {
            // "vận chuyển 1,85 triệu lượt khách", "carrying 40 tourists": the word right before the count says which
            // of one family's measures it is (carried travellers are passengers), the generic noun after it does not.
            concept = kin;
        }
        if (q.Kind == QuantityKind.Count && WholeMembers(q, context) is { } members)
        {
            // "95.1万名选民中不到29万人参加投票", "Dari 120 peserta, 85 orang lulus": a part counts members of its whole, so
            // the whole's noun says what it counts, whatever verb tells what the part did. Two reports of one part (one
            // saying "voted", the other "took part") then count the same thing.
            concept = members;
        }
        var absolute = q with { Start = quoteStart + q.Start };
        var year = _years.Resolve(sentence, q.Start, q.End, article.PublishedAt);
        var subject = SubjectResolver.PrimaryFor(sentence, q.Start, q.End, context.Entities);
        var figurePlace = FigurePlace(sentence, q, context.Entities);
        var source = subject is not null ? SubjectSource.Sentence : SubjectSource.None;
        if (subject is null && context.Recent is { } recent)
        {
            (subject, source) = (recent, SubjectSource.Context);
        }
        return new Claim
        {
            Id = StableId.Of(article.Id, quoteStart.ToString(System.Globalization.CultureInfo.InvariantCulture), absolute.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ArticleId = article.Id,
            Quote = sentence,
            QuoteStart = quoteStart,
            Value = absolute,
            Concept = concept,
            Subject = context.Subject,
            Metric = ContextWords.Around(sentence, q.Start, q.End),
            Year = year,
            Language = article.Language,
            SubjectId = subject?.Id,
            SubjectName = subject?.Name,
            SubjectSource = source,
            SubjectIsFacility = subject?.IsFacility == true,
            Scope = ScopeOf(sentence, q, concept, context, year, article.PublishedAt),
            SentencePlaces = figurePlace ?? SentencePlacesOf(sentence, context.Entities),
            SentenceMeasures = context.Measures,
        };
    }

    /// <summary>
    /// The places a sentence names for its figures (not its sources'), else the place of a source it names as a body
    /// in a place: "the Health Ministry in Gaza said at least 40 people were killed" tells where, as "in Gaza" would.
    /// </summary>
    internal static string[] SentencePlacesOf(string sentence, IReadOnlyList<EntityMention> entities)
    {
        List<string>? own = null;
        foreach (var e in entities)
        {
            if (e.IsPlace && e.IsCandidate)
            {
                AddOnce(own ??= [], e.Id);
            }
        }
        if (own is null)
        {
            foreach (var e in entities)
            {
                if (e.IsPlace && e.IsSource && AfterIn(sentence, e.Start))
                {
                    AddOnce(own ??= [], e.Id);
                }
            }
        }
        return own is null ? [] : [.. own];
    }

    /// <summary>Adds <paramref name="id"/> unless the list holds it: the first mention keeps its place.</summary>
    private static void AddOnce(List<string> ids, string id)
    {
        foreach (var kept in ids)
        {
            if (string.Equals(kept, id, StringComparison.Ordinal))
            {
                return;
            }
        }
        ids.Add(id);
    }

    /// <summary>
    /// The place right after a figure, when its sentence names several ("21 trường ở Lào Cai và 9 trường ở Điện
    /// Biên", "32 in Aceh and 18 in Riau"): each figure is its own place's, not the sentence's other places'.
    /// </summary>
    internal static string[]? FigurePlace(string sentence, Quantity q, IReadOnlyList<EntityMention> entities)
    {
        string? firstPlace = null;
        var several = false;
        foreach (var e in entities)
        {
            if (e.IsPlace && e.IsCandidate)
            {
                firstPlace ??= e.Id;
                several |= !string.Equals(firstPlace, e.Id, StringComparison.Ordinal);
            }
        }
        if (!several)
        {
            return null;
        }
        foreach (var place in entities)
        {
            if (!(place.IsPlace && place.IsCandidate))
            {
                continue;
            }
            // The preposition stands right after the figure (and its counted noun): nothing else between them.
            if (place.Start > q.End && place.Start - q.End <= MaxFigureToPlace && AfterIn(sentence, place.Start)
                && sentence.AsSpan(q.End, place.Start - q.End).Trim().Length <= PrepositionLength
                && sentence.AsSpan(q.End, place.Start - q.End).IndexOfAny(",;:()") < 0)
            {
                return [place.Id];
            }
        }
        return null;
    }

    private const int MaxFigureToPlace = 6;
    private const int PrepositionLength = 3;

    /// <summary>A place preposition right before <paramref name="start"/>: "officials in Kyiv", "pejabat di Palu", "tại Hà Nội".</summary>
    private static bool AfterIn(string sentence, int start)
    {
        var before = sentence.AsSpan(0, start).TrimEnd();
        foreach (var word in SubjectResolver.PlacePrepositions)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (before.Length == word.Length || before[^(word.Length + 1)] == ' '))
            {
                return true;
            }
        }
        return false;
    }

    private ClaimScope ScopeOf(string sentence, Quantity q, string? concept, SentenceContext context, int? year, DateOnly? published)
    {
        var scope = _scopes.Read(sentence, q, context.Quantities);
        if (year is { } y && published is { } date && date.Year - y >= HistoricalYears)
        {
            scope = scope with { IsHistorical = true };
        }
        if (scope.IsPart && q.Whole is null && concept is not null && !context.ConceptHits.Any(h => h.End <= q.Start && SameThing(h.Id, concept))
            && !_scopes.NamesPhase(sentence, q))
        {
            // "186 ca sốt xuất huyết, trong đó 3 ca tử vong": the deaths are among the cases, but no part of another
            // count of deaths. "3.450 rumah, dengan 1.120 unit di antaranya": houses among houses stay a part.
            scope = scope with { IsPart = false };
        }
        return scope;
    }

    /// <summary>
    /// "another $160 billion of goods", "$2 billion worth of bonds": money followed by "of" names what it is the value
    /// of, so the measure words elsewhere in the sentence (the tariff on those goods) are not its. Its measure is the
    /// noun's own when the lexicon knows it ("$5 billion of exports", "$5 billion of Chinese exports"), else the value of
    /// that noun ("value:goods"): a measure of its own, so the tariff word beside it links it to no tariff revenue.
    /// </summary>
    private bool ValueOfWhatFollows(Quantity q, SentenceContext context, string sentence, out string? measure)
    {
        measure = null;
        if (q.Kind != QuantityKind.Money)
        {
            return false;
        }
        var rest = sentence.AsSpan(q.End).TrimStart();
        var of = rest.StartsWith("of ", StringComparison.OrdinalIgnoreCase) ? 3
            : rest.StartsWith("worth of ", StringComparison.OrdinalIgnoreCase) ? 9 : 0;
        if (of == 0)
        {
            return false;
        }
        var nounStart = sentence.Length - rest.Length + of;
        var (phraseEnd, head) = NounPhraseAt(sentence, nounStart);
        foreach (var hit in context.ConceptHits)
        {
            if (hit.Start >= nounStart && hit.Start < Math.Max(phraseEnd, nounStart + 1) && lexicon.Find(hit.Id) is { IsUnit: false })
            {
                measure = hit.Id;
            }
        }
        measure ??= head is null ? null : ValueOf + head;
        return true;
    }

    /// <summary>The measure of money that is the value of a thing the lexicon does not know: "value:goods".</summary>
    internal const string ValueOf = "value:";

    // Words that end the noun phrase after "of" ("goods, including", "goods from China", "goods that ...").
    private static readonly HashSet<string> PhraseBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "including", "from", "to", "that", "which", "who", "in", "on", "by", "for", "and", "or", "with", "at", "into", "over",
        "under", "since", "this", "last", "next", "would", "will", "was", "were", "is", "are", "has", "have", "had", "as",
    };

    // Words before the head that say nothing of what is valued ("of the goods", "of its bonds").
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their", "his", "her", "our", "these", "those" };

    /// <summary>
    /// The noun phrase starting at <paramref name="start"/>, up to four words before a break: where it ends and its
    /// last word, lower case ("Chinese goods, including" → "goods"); no head when it starts with no word.
    /// </summary>
    private static (int End, string? Head) NounPhraseAt(string sentence, int start)
    {
        var (at, end, words) = (start, start, 0);
        string? head = null;
        while (words < 4 && at < sentence.Length && char.IsLetter(sentence[at]))
        {
            var wordEnd = at;
            while (wordEnd < sentence.Length && (char.IsLetter(sentence[wordEnd]) || sentence[wordEnd] is '-' or '.' or '\''))
            {
                wordEnd++;
            }
            var word = sentence[at..wordEnd].TrimEnd('.');
            if (PhraseBreaks.Contains(word))
            {
                break;
            }
            if (!(head is null && Determiners.Contains(word)))
            {
                head = word.ToLowerInvariant();
            }
            end = wordEnd;
            words++;
            if (wordEnd >= sentence.Length || sentence[wordEnd] != ' ')
            {
                break; // a comma, a dash or the end of the sentence closes the phrase
            }
            at = wordEnd + 1;
        }
        return (end, head);
    }

    /// <summary>The measure of "$600 off", "save $50", "diskon 30%": how much less than a price, no price itself.</summary>
    internal const string Discount = "discount";

    // "$600 off the original price", "20% off": the word right after the figure; "save $50", "diskon 30%": right before.
    private static readonly string[] DiscountAfter = ["off"];
    private static readonly string[] DiscountBefore = ["save", "saves", "saving", "savings of", "discount of", "diskon", "potongan harga", "hemat", "giảm giá", "优惠", "할인"];

    // Shoppers save tens or thousands, not millions: "save" before a larger sum is a company's or a budget's saving.
    // Rupiah, dong, won and yen count in thousands what dollars count in ones ("hemat Rp 1 juta" is a shop's discount).
    private const decimal ShopPriceLimit = 1_000_000m;
    private static readonly HashSet<string> SmallUnitCurrencies = new(StringComparer.Ordinal) { "IDR", "VND", "KRW", "JPY" };

    /// <summary>Whether a money amount or a percentage is a discount: the difference between two prices.</summary>
    private static bool IsDiscount(Quantity q, string sentence)
    {
        if (q.Kind is not (QuantityKind.Money or QuantityKind.Percent))
        {
            return false;
        }
        var rest = sentence.AsSpan(q.End).TrimStart();
        foreach (var word in DiscountAfter)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (rest.Length == word.Length || !char.IsLetter(rest[word.Length])))
            {
                return true;
            }
        }
        if (q.Kind == QuantityKind.Money && q.Amount >= ShopPriceLimit * (SmallUnitCurrencies.Contains(q.Unit) ? 1000 : 1))
        {
            return false; // "expects to save $40 million a year": a company's savings, no shop's discount
        }
        var before = sentence.AsSpan(0, q.Start).TrimEnd();
        foreach (var word in DiscountBefore)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)]) || word[0] >= '\u2E80'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One measure, or two of one family (homes and damaged homes).</summary>
    private bool SameThing(string a, string b) =>
        a == b || lexicon.InOneFamily(a, b);

    /// <summary>The entity ids a claim's sentence names (not its sources), plus the article's places when it names none.</summary>
    private static string[] SubjectOf(IReadOnlyList<EntityMention> entities, IReadOnlyList<string> articlePlaces)
    {
        var ids = new List<string>(entities.Count + articlePlaces.Count);
        var hasPlace = false;
        foreach (var e in entities)
        {
            if (e.IsCandidate)
            {
                ids.Add(e.Id);
                hasPlace |= e.IsPlace;
            }
        }
        if (!hasPlace)
        {
            ids.AddRange(articlePlaces);
        }
        return SortedDistinct(ids);
    }

    /// <summary>The distinct strings of <paramref name="values"/> in ordinal order (sorts the list it is given).</summary>
    private static string[] SortedDistinct(List<string> values)
    {
        if (values.Count == 0)
        {
            return [];
        }
        values.Sort(StringComparer.Ordinal);
        var kept = 1;
        for (var i = 1; i < values.Count; i++)
        {
            if (!string.Equals(values[i], values[kept - 1], StringComparison.Ordinal))
            {
                values[kept++] = values[i];
            }
        }
        return [.. values.GetRange(0, kept)];
    }

    /// <param name="Recent">The subject of the sentences just before (or the title), for claims whose sentence has none.</param>
    /// <param name="Quantities">Every figure of the sentence: a measure word right next to one of them is that figure's.</param>
    private sealed record SentenceContext(IReadOnlyList<TermHit> ConceptHits, string[] Subject, IReadOnlyList<EntityMention> Entities, EntityMention? Recent, IReadOnlyList<Quantity> Quantities)
    {
        /// <summary>Every measure the sentence names, distinct, in ordinal order: made once for all its claims.</summary>
        public string[] Measures => _measures ??= MeasuresOf(ConceptHits);

        private string[]? _measures;

        private static string[] MeasuresOf(IReadOnlyList<TermHit> hits)
        {
            var ids = new List<string>(hits.Count);
            foreach (var hit in hits)
            {
                ids.Add(hit.Id);
            }
            return SortedDistinct(ids);
        }
    }

    /// <summary>
    /// What a count counts: its unit of measurement, else a unit concept right after the number (or right before, in
    /// Korean), else its noun.
    /// </summary>
    private string? CountedConcept(Quantity q, IReadOnlyList<TermHit> hits, string sentence)
    {
        if (!string.IsNullOrEmpty(q.Unit) && (_units.ConceptOf(q.Unit) ?? _units.ConceptOf(UnitWithNextWord(q, sentence)) ?? GluedUnit(q, sentence)) is { } measurement)
        {
            // A unit of measurement is what the figure is in, whatever word follows: "50 basis points" is not a
            // count of sports points, "126 MW capacity" not a count of capacities.
            return measurement;
        }
        if (!string.IsNullOrEmpty(q.Unit) && lexicon.MeasureCountedBy(q.Unit) is { } counted)
        {
            // A Korean counter that only one measure uses names it: "3만3천456표" counts votes, "선박 9척" ships.
            return counted;
        }
        string? inside = null;
        string? after = null;
        var combined = false;
        string? before = null;
        var korean = IsKoreanText(sentence);
        foreach (var hit in hits)
        {
            if (lexicon.Find(hit.Id) is not { IsUnit: true } measure || !CanCount(q, measure))
            {
                continue;
            }
            if (hit.Start >= q.Start && hit.Start < q.End && inside is null)
            {
                inside = hit.Id; // the counted word the recognizer kept ("3.450 rumah", "4例")
            }
            else if (after is null && hit.Start >= q.End && hit.Start <= q.End + UnitLookAhead && !HasListBreak(sentence, q.End, hit.Start))
            {
                // The noun after a counter names the thing better: "4例死亡" counts deaths. Two joined ones ("120
                // orang tewas dan luka-luka") name neither.
                after = hit.Id;
                combined = JoinsTwoMeasures(hit, hits, sentence);
            }
            else if (korean && hit.End <= q.Start && q.Start - hit.End <= UnitLookBehind)
            {
                before = hit.Id; // hits are ordered by position: the last one is the nearest ("지진의 사망자가 81명")
            }
        }
        if ((combined ? inside : after ?? inside ?? before) is { } unit)
        {
            return unit;
        }
        if (string.IsNullOrEmpty(q.Unit))
        {
            return null;
        }
        return _units.ConceptOf(q.Unit) ?? CountedMetric(q, hits) ?? "noun:" + ConceptLexiconFold(q.Unit);
    }

    /// <summary>
    /// A counted noun that is itself the word of a measure of things counted ("200,000 deliveries", "18,000 pre-orders",
    /// "18.000 đơn đặt trước"): the count is a figure of that measure. Other metric words are no counted things ("406
    /// lb-ft" is torque in a unit of its own).
    /// </summary>
    private string? CountedMetric(Quantity q, IReadOnlyList<TermHit> hits)
    {
        foreach (var hit in hits)
        {
            if (hit.Start > q.Start && hit.Start < q.End && lexicon.Find(hit.Id) is { IsUnit: false, Countable: true })
            {
                return hit.Id;
            }
        }
        return null;
    }

    /// <summary>
    /// A Chinese classifier and the characters after it that make a unit ("25个基点": basis points, "3个百分点"): Chinese
    /// writes no space, and the recognizer keeps the classifier alone.
    /// </summary>
    private string? GluedUnit(Quantity q, string sentence)
    {
        for (var length = Math.Min(4, sentence.Length - q.End); length >= 1; length--)
        {
            var next = sentence.AsSpan(q.End, length);
            if (next.ContainsAnyInRange('\u0000', '\u2E7F'))
            {
                continue; // only Han characters glue to a classifier
            }
            if (_units.ConceptOf(q.Unit + next.ToString()) is { } unit)
            {
                return unit;
            }
        }
        return null;
    }

    /// <summary>
    /// The counted noun and the word after it ("mã lực", "tenaga kuda", "metric tons"): the recognizer keeps one
    /// word (one Vietnamese syllable) as the noun, while many units are two.
    /// </summary>
    private static string UnitWithNextWord(Quantity q, string sentence)
    {
        var rest = sentence.AsSpan(q.End);
        var trimmed = rest.TrimStart();
        var end = trimmed.IndexOfAny(" ,.;:()\"'");
        var next = (end < 0 ? trimmed : trimmed[..end]).ToString();
        return next.Length == 0 || trimmed.Length == rest.Length ? q.Unit : q.Unit + " " + next;
    }

    /// <summary>The nearest measure before the figure in its sentence that can count its unit and is no other figure's.</summary>
    private string? RisenMeasure(Quantity q, SentenceContext context)
    {
        string? nearest = null;
        foreach (var hit in context.ConceptHits)
        {
            if (hit.End <= q.Start && hit.Id != "people" && lexicon.Find(hit.Id) is { IsUnit: true } measure
                && CanCount(q, measure) && !OwnedByOther(hit, q, context.Quantities))
            {
                nearest = hit.Id;
            }
        }
        return nearest;
    }

    /// <summary>
    /// What a count of people or of a counter word counts, from the counted-thing words around it in its clause: one
    /// right after the noun ("46 người thiệt mạng", "81人死亡"), else the nearest before it ("korban meninggal dunia
    /// ... 81 orang"), else one a little further after. Words next to another figure are that figure's.
    /// </summary>
    private string? NearestCounted(Quantity q, SentenceContext context, string sentence)
    {
        string? adjacent = null;
        string? before = null;
        string? after = null;
        var (beforeInItem, afterInItem) = (false, false);
        TermHit? firstAfter = null;
        foreach (var hit in context.ConceptHits)
        {
            if (hit.Start >= q.End && firstAfter is null && lexicon.Find(hit.Id) is { IsUnit: true })
            {
                firstAfter = hit;
            }
            if (hit.Id == "people" || lexicon.Find(hit.Id) is not { IsUnit: true } measure || !CanCount(q, measure) || OwnedByOther(hit, q, context.Quantities))
            {
                continue;
            }
            if (hit.End <= q.Start)
            {
                if (q.Start - hit.End <= MetricLookBehind && !HasClauseBreak(sentence, hit.End, q.Start))
                {
                    before = hit.Id;
                    beforeInItem = !HasListBreak(sentence, hit.End, q.Start);
                }
            }
            else if (hit.Start >= q.End && !HasClauseBreak(sentence, q.End, hit.Start))
            {
                var gap = hit.Start - q.End;
                var inItem = !HasListBreak(sentence, q.End, hit.Start);
                if (gap <= AdjacentGap && inItem && adjacent is null)
                {
                    adjacent = hit.Id;
                }
                else if (gap <= MetricLookAhead && after is null)
                {
                    after = hit.Id;
                    afterInItem = inItem;
                }
            }
        }
        if (firstAfter is { } first && first.Start - q.End <= MetricLookAhead && JoinsTwoMeasures(first, context.ConceptHits, sentence))
        {
            // "hundreds of people were killed or wounded", "120 orang tewas dan luka-luka": one count of two things
            // is a count of neither.
            return null;
        }
        // "68 orang berhasil diselamatkan, 6 orang ditemukan meninggal dunia, dan 32 orang masih dalam pencarian": in
        // a list, each count's own item says what it counts, not the item before it.
        if (adjacent is null && after is not null && afterInItem && !(before is not null && beforeInItem))
        {
            return after;
        }
        // A measure word past the next item of a list is that item's ("8座雨水泵站，并为2.1万户…").
        return adjacent ?? before ?? (afterInItem ? after : null);
    }

    /// <summary>Whether <paramref name="hit"/> is joined by "or"/"and" to the next measure word, another measure.</summary>
    private static bool JoinsTwoMeasures(TermHit hit, IReadOnlyList<TermHit> hits, string sentence)
    {
        foreach (var next in hits)
        {
            if (next.Start < hit.Start + hit.Length || next.Id == hit.Id)
            {
                continue;
            }
            var between = sentence.AsSpan(hit.Start + hit.Length, next.Start - (hit.Start + hit.Length)).Trim();
            foreach (var joiner in Joiners)
            {
                if (between.Equals(joiner, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    private static readonly string[] Joiners = ["or", "and", "atau", "dan", "hoặc", "và", "或", "和", "及", "또는", "및", "/"];

    /// <summary>A comma or a conjunction between two positions: the end of one item of a list and the start of the next.</summary>
    private static bool HasListBreak(string sentence, int from, int to)
    {
        var span = sentence.AsSpan(from, to - from);
        if (span.IndexOfAny(",，、") >= 0)
        {
            return true;
        }
        foreach (var conjunction in ListConjunctions)
        {
            if (span.IndexOf(conjunction, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] ListConjunctions = [" and ", " dan ", " và ", " serta ", "和", "及", "并"];

    /// <summary>
    /// Whether a count's noun can count what <paramref name="measure"/> counts: "81 orang" and "71명" count people (the
    /// dead, not districts or ships), "8 unit" and "9개" count things (not voters). Two Korean counters that name
    /// different kinds of things disagree ("빗물펌프장 8곳" is no count of homes, which take 채); the general 개 agrees
    /// with every thing.
    /// </summary>
    /// <summary>The counted noun a part's whole names inside the quantity ("50名教师中有30名", "Of the 640 nurses, 410 …").</summary>
    private string? WholeMembers(Quantity q, SentenceContext context)
    {
        if (q.Whole is null)
        {
            return null;
        }
        foreach (var hit in context.ConceptHits)
        {
            if (hit.Start >= q.Start && hit.End <= q.End && hit.Id != "people" && lexicon.Find(hit.Id) is { IsUnit: true } measure && CanCount(q, measure))
            {
                return hit.Id;
            }
        }
        return null;
    }

    private bool CanCount(Quantity q, ConceptEntry measure)
    {
        var countsPeople = measure.CounterKo == PeopleCounter;
        switch (_counters.ClassOf(q.Unit))
        {
            case CounterClass.People when !countsPeople:
            case CounterClass.Things when countsPeople:
                return false;
        }
        return !(measure.CounterKo is { } own && own != q.Unit && own != GeneralCounter && q.Unit != GeneralCounter
            && lexicon.KoreanCounters.Contains(q.Unit));
    }

    private const string PeopleCounter = "명";
    private const string GeneralCounter = "개";

    // "46 người thiệt mạng", "dua orang meninggal", "7명이 실종": the counted-thing word follows within a short particle.
    private const int AdjacentGap = 4;

    /// <summary>
    /// A measure word right before or after a bare number ("magnitudo 6,4", "규모 6.4", "6.4级") is that number's, not
    /// what "81 orang" counts. Years own no words ("anggaran 2026 sebesar ..."), and neither do figures with a unit:
    /// the rate word before "下调25个基点至4.5%" measures both, as "anggaran" after "tiga kali lipat" does.
    /// </summary>
    private static bool OwnedByOther(TermHit hit, Quantity q, IReadOnlyList<Quantity> quantities)
    {
        var distanceToQ = hit.End <= q.Start ? q.Start - hit.End : hit.Start - q.End;
        foreach (var other in quantities)
        {
            if (other.Start == q.Start || other.Kind != QuantityKind.Number || IsYear(other))
            {
                continue;
            }
            var before = hit.End <= other.Start && other.Start - hit.End <= 2;
            var after = hit.Start >= other.End && hit.Start - other.End <= 1;
            if ((before || after) && Math.Min(Math.Abs(other.Start - hit.End), Math.Abs(hit.Start - other.End)) < distanceToQ)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsYear(Quantity q) => q.Kind == QuantityKind.Number && q.Amount is >= 1900 and <= 2100 && decimal.IsInteger(q.Amount);

    /// <summary>
    /// The metric a figure measures: the nearest metric word before it in the same clause (news prose says
    /// "anggaran ... sebesar 10 triliun", "예산을 10조 원으로"), else the nearest one after it ("$100bn investment").
    /// </summary>
    private string? NearestMetric(Quantity q, SentenceContext context, string sentence)
    {
        string? before = null;
        string? after = null;
        var afterDistance = int.MaxValue;
        foreach (var hit in context.ConceptHits)
        {
            if (lexicon.Find(hit.Id) is not { IsUnit: false } || OwnedByOther(hit, q, context.Quantities))
            {
                continue;
            }
            if (hit.End <= q.Start)
            {
                if (q.Start - hit.End <= MetricLookBehind && !HasClauseBreak(sentence, hit.End, q.Start))
                {
                    before = hit.Id; // hits are ordered by position: the last one is the nearest
                }
            }
            else if (hit.Start >= q.End && hit.Start - q.End < afterDistance && hit.Start - q.End <= MetricLookAhead && !HasClauseBreak(sentence, q.End, hit.Start))
            {
                afterDistance = hit.Start - q.End;
                after = hit.Id;
            }
        }
        return before ?? after;
    }

    /// <summary>
    /// What a percentage of a count is, when the counted noun follows it ("54,3% số phiếu bầu", "54% of the votes",
    /// "54,3% suara") or just precedes it ("124,937 votes, or 42.8 percent"): a share of votes is a vote share,
    /// whatever measure word stands further before it. Null when no such word is next to the percentage.
    /// </summary>
    private string? ShareOfCount(Quantity q, SentenceContext context, string sentence)
    {
        if (q.Kind != QuantityKind.Percent)
        {
            return null;
        }
        string? before = null;
        foreach (var hit in context.ConceptHits)
        {
            if (hit.End <= q.Start)
            {
                before = q.Start - hit.End <= ShareLookBehind && !HasClauseBreak(sentence, hit.End, q.Start) ? lexicon.ShareMeasureOf(hit.Id) : null;
                continue;
            }
            if (hit.Start < q.End)
            {
                continue;
            }
            return hit.Start - q.End <= ShareLookAhead && !HasListBreak(sentence, q.End, hit.Start) ? lexicon.ShareMeasureOf(hit.Id) ?? before : before;
        }
        return before;
    }

    /// <summary>A measure word that makes the count right after it a figure of that measure, whatever it counts.</summary>
    /// <summary>A measure of the family of <paramref name="concept"/> but another one, named right before the count.</summary>
    private string? KinBefore(Quantity q, string? concept, SentenceContext context, string sentence)
    {
        if (lexicon.Find(concept) is not { Family: { } family })
        {
            return null;
        }
        string? kin = null;
        foreach (var hit in context.ConceptHits)
        {
            if (hit.End > q.Start)
            {
                break;
            }
            kin = q.Start - hit.End <= QualifierGap && !HasListBreak(sentence, hit.End, q.Start) && hit.Id != concept
                && lexicon.Find(hit.Id) is { Family: { } other } && other == family ? hit.Id : null;
        }
        return kin;
    }

    private string? QualifierBefore(Quantity q, SentenceContext context, string sentence)
    {
        string? qualifier = null;
        foreach (var hit in context.ConceptHits)
        {
            if (hit.End > q.Start)
            {
                break;
            }
            qualifier = q.Start - hit.End <= QualifierGap && !HasListBreak(sentence, hit.End, q.Start) && lexicon.Find(hit.Id) is { Qualifies: true } ? hit.Id : null;
        }
        return qualifier;
    }

    private const string Layoffs = "layoffs";

    // Counter words and nouns that count people in any role: with a cut word they count the staff cut ("600명을 줄인").
    private static readonly HashSet<string> PersonCounters = new(StringComparer.OrdinalIgnoreCase)
    {
        "명", "人", "名", "người", "orang", "people", "persons",
    };

    /// <summary>
    /// Whether a count of staff, jobs or people is a count of jobs cut: a cut word right before the figure ("cut
    /// 1,150 jobs"), or right after its counted noun ("500 roles cut", "600명을 줄인"; not after plain English people,
    /// who go and are cut in many other ways), or employees said to be affected ("1.150 karyawan terdampak").
    /// </summary>
    private bool IsWorkforceCut(Quantity q, string? concept, SentenceContext context, string sentence, string? language)
    {
        var staff = concept is "employees" or "jobs";
        var person = !staff && IsGenericCount(concept) && PersonCounters.Contains(q.Unit);
        if ((staff || person) && _cuts.IsCutBefore(sentence, NumberStartWithHedge(sentence, q, language)))
        {
            return true;
        }
        if ((staff || (person && q.Unit is not "people" and not "persons")) && _cuts.IsCutAfter(sentence, q.End))
        {
            return true;
        }
        return concept == "affected" && _cuts.IsAffectedAfter(sentence, q.End)
            && context.ConceptHits.Any(h => h.Id == "employees" && h.Start >= q.Start && h.Start < q.End);
    }

    // A measure in a unit of measurement ("unit:teu"): the unit already says what the figure measures.
    private const string UnitPrefix = "unit:";
    // "정원은 80명", "capacity of 80": a particle or a space between the qualifying word and the count.
    private const int QualifierGap = 3;

    // "54% of the votes": room for "of the", "của", "의", "的" between a percentage and its counted noun.
    private const int ShareLookAhead = 8;
    // "votes, or 42.8 percent", "suara (42,8%)": the counted noun just before, with a comma or a bracket between.
    private const int ShareLookBehind = 5;

    private static bool HasClauseBreak(string sentence, int from, int to) => sentence.AsSpan(from, to - from).IndexOfAny(";:") >= 0;

    /// <summary>Counted nouns that name no measure: people, units, and the counter words of Korean, Chinese and Vietnamese.</summary>
    private bool IsGenericCount(string? concept) => IsGenericCount(concept, _counters);

    private static bool IsGenericCount(string? concept, CounterWords counters) =>
        concept is null || concept == "people" || (concept.StartsWith("noun:", StringComparison.Ordinal)
            && (GenericCounters.Contains(concept[5..]) || counters.ClassOf(concept[5..]) != CounterClass.Any));

    private static readonly HashSet<string> GenericCounters = new(StringComparer.Ordinal)
    {
        "orang", "jiwa", "warga", "unit", "buah", "people", "persons", "units", "명", "개", "곳", "건", "人", "名", "个", "位", "例", "次", "người", "cái", "chiếc", "ca", "lượt",
    };

    /// <summary>Time spans ("dua tahun", "enam bulan") are durations, not counts of things.</summary>
    /// <summary>Whether a count's unit is a span of time ("tahun", "years", "년"...).</summary>
    internal static bool IsDuration(string unit) => DurationUnits.Contains(unit);

    private static readonly IReadOnlySet<string> DurationUnits = UnitClasses.Durations;

    /// <summary>The country or bloc an article is mostly about: claims that name no place inherit it.</summary>
    internal IReadOnlyList<string> DominantPlaces(string text)
    {
        // Counted in order of first mention, as grouping them would list them.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var e in lexicon.FindEntities(text))
        {
            if (!lexicon.PlaceIds.Contains(e.Id))
            {
                continue;
            }
            if (counts.TryGetValue(e.Id, out var count))
            {
                counts[e.Id] = count + 1;
            }
            else
            {
                counts[e.Id] = 1;
                order.Add(e.Id);
            }
        }
        if (order.Count == 0)
        {
            return [];
        }
        var max = counts.Values.Max();
        return order.Where(id => counts[id] == max).ToArray();
    }

    private static bool IsKoreanText(string sentence) => sentence.AsSpan().IndexOfAnyInRange('\uAC00', '\uD7A3') >= 0;

    private static string ConceptLexiconFold(string unit) => unit.ToLowerInvariant();
}
