using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// Decides whether two claims of one measure state the same fact. Precision first: a match needs positive
/// evidence — the same subject with a compatible scope, or (when a sentence names no subject) the same story and
/// shared context. A shared unit, currency or concept word alone is never enough.
/// </summary>
/// <param name="sentenceFigures">Per claim, the other figures of its kind its own sentence states (null: none known).</param>
/// <param name="earlier">Per claim, whether its sentence gives it as the value before a change (<see cref="FigureRoles"/>).</param>
/// <param name="windows">Per claim, whether its count is the length of a window ("the last 10 games").</param>
/// <param name="sentenceConcepts">Per claim, the measures of the other figures its own sentence states (null: none known).</param>
/// <param name="sentenceScopes">Per claim, the scopes of the figures in <paramref name="sentenceFigures"/>, in the same order (null: not known).</param>
/// <param name="storyArticles">Per claim, its article's number in <paramref name="stories"/> (<see cref="StoryIndex.NumberOf"/>;
/// null: looked up by id for each pair).</param>
internal sealed class PairAssessor(CrossCheckOptions options, ConceptLexicon lexicon, StoryIndex stories, IReadOnlyList<string[]?>? canonical, string[][] places,
    decimal[][]? sentenceFigures = null, bool[]? earlier = null, bool[]? windows = null, string[][]? sentenceConcepts = null,
    ClaimScope[][]? sentenceScopes = null, int[]? storyArticles = null)
{
    // Per claim, the measures of the other figures its sentence states, rates left out (see Bases): filled the first
    // time a pair asks, since most claims never meet a rate. Two threads may fill one slot, with the same value.
    private readonly string[]?[] _bases = new string[]?[places.Length];

    // Per claim, the words around its figure as numbers (one number per distinct word of the run), made the first time
    // a pair compares them: millions of pairs then compare numbers, not strings.
    private readonly int[]?[] _metricWords = new int[]?[places.Length];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _wordNumbers = new(StringComparer.Ordinal);
    private int _wordCount;

    // The size window as a decimal once: a conversion per compared pair costs as much as the comparison.
    private readonly decimal _maxRatio = (decimal)options.MaxRatio;

    // Per claim, whether its measure is a rate of change (0: not known yet, 1: no, 2: yes), filled the first time a
    // pair asks: millions of pairs then read a byte, not the lexicon. Two threads may fill one slot, with the same value.
    private readonly byte[] _relative = new byte[places.Length];

    // Per claim, whether its subject is a place, filled the same way: millions of pairs of one country's figures in two
    // stories ask it.
    private readonly byte[] _subjectPlace = new byte[places.Length];

    public (PairOutcome Outcome, string Why) Assess(Claim a, Claim b, int i, int j)
    {
        var (outcome, why) = AssessFact(a, b, i, j);
        if (outcome == PairOutcome.Match && a.Value.Kind == QuantityKind.Count && EarlierCount(a, b)
            && ValueComparer.Compare(a.Value, b.Value, options.HedgeSlack) == VerdictReason.Disjoint)
        {
            return (PairOutcome.Possible, "a count as of an earlier time; " + why);
        }
        return (outcome, why);
    }

    /// <summary>
    /// Whether the sentence of <paramref name="own"/> (claim <paramref name="index"/>) also states the other report's
    /// figure, and so agrees with it. Not when both claims give their figure with one explicit basis and the sentence
    /// gives the other's figure with another: "12,400 flights, including 1,400 extra" does not back a report of
    /// "12,400 flights added"; its own addition, 1,400, is that report's counterpart (the total given as the addition).
    /// </summary>
    private bool SentenceAgreesWith(int index, Claim own, Claim other)
    {
        var figures = sentenceFigures![index];
        for (var k = 0; k < figures.Length; k++)
        {
            if (figures[k] != other.Value.Amount)
            {
                continue;
            }
            if (sentenceScopes is not null
                && ((own.Scope.Basis != ScopeBasis.Unspecified && own.Scope.Basis == other.Scope.Basis && sentenceScopes[index][k].Basis != other.Scope.Basis)
                    || !sentenceScopes[index][k].IsCompatibleWith(other.Scope)))
            {
                // The sentence gives the figure with a scope the other report's figure cannot have ("21만4천t a year"
                // against "214.000 ton over 25 years"): it does not agree with that report.
                continue;
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// "6 dead as of Friday night" against 9 elsewhere: a toll that keeps rising, told at an earlier time, is no
    /// contradiction; nor are two counts each told as of its own time. An undated lower figure against a dated higher
    /// one still is: that outlet gives an old toll as the current one.
    /// </summary>
    private static bool EarlierCount(Claim a, Claim b) =>
        (a.Scope.IsAsOf && b.Scope.IsAsOf)
        || (a.Scope.IsAsOf && a.Value.Amount < b.Value.Amount)
        || (b.Scope.IsAsOf && b.Value.Amount < a.Value.Amount);

    private (PairOutcome Outcome, string Why) AssessFact(Claim a, Claim b, int i, int j)
    {
        if (SameArticle(a, b, i, j))
        {
            return (PairOutcome.NoMatch, "same article");
        }
        if (a.Value.Amount != b.Value.Amount && sentenceFigures is not null && (SentenceAgreesWith(i, a, b) || SentenceAgreesWith(j, b, a)))
        {
            // "Launching with 22 games (10 extra titles were added)": the sentence that gives 10 gives the other
            // report's 22 as well, so it agrees with it; its 10 is another fact (the added, the previous, the target).
            return (PairOutcome.NoMatch, "one sentence also states the other figure");
        }
        if (windows is not null && (windows[i] || windows[j]))
        {
            // "6-2-1 in their past nine games": how far back a sentence looks is not a fact to compare.
            return (PairOutcome.NoMatch, "a window's length (the last N)");
        }
        if (earlier is not null && earlier[i] != earlier[j] && a.Value.Amount != b.Value.Amount)
        {
            // "Exports fell to $9.1 billion, down from $19.5 billion": the 19.5 is last year's value, which a report of
            // this year's figure does not contradict.
            return (PairOutcome.NoMatch, "an earlier value and a current one");
        }
        if (a.Year is { } ya && b.Year is { } yb && ya != yb)
        {
            return (PairOutcome.NoMatch, "different years");
        }
        if ((a.Scope.IsHistorical && b.Year is null) || (b.Scope.IsHistorical && a.Year is null))
        {
            // "In 2021 a quake there killed 100" is not this quake's toll, which the other sentence gives undated.
            return (PairOutcome.NoMatch, "a past year's figure and an undated one");
        }
        if (PastMarginsNotPlacedAlike(a, b))
        {
            return (PairOutcome.NoMatch, "margins of past contests the sentences do not place alike");
        }
        // Whether the articles are one story is asked only when the answer can change the outcome: most pairs of a big
        // run are told apart by their places, scopes or measures first.
        if (!a.Scope.IsCompatibleWith(b.Scope))
        {
            return OneFigureTwoScopes(a, b) && SameStory(a, b, i, j)
                ? (PairOutcome.Match, "one story, same figure and measure, different scopes")
                : (PairOutcome.NoMatch, "different scopes");
        }
        bool? story = null;
        if ((a.SubjectId is null || b.SubjectId is null) && !(story ??= SameStory(a, b, i, j)))
        {
            return (PairOutcome.NoMatch, "no subject and not one story"); // nothing else could join them
        }
        // Inside one story only the places the sentences name tell apart; across stories inherited ones do too.
        var (differentNamed, differentAll) = (DifferentPlaces(a.SentencePlaces, b.SentencePlaces), DifferentPlaces(places[i], places[j]));
        if (differentNamed == differentAll ? differentNamed : (story ??= SameStory(a, b, i, j)) ? differentNamed : differentAll)
        {
            return (PairOutcome.NoMatch, "different places");
        }
        if (a.Value.Kind == QuantityKind.Percent && DifferentAreas(a.SentencePlaces, b.SentencePlaces))
        {
            // A share or rate belongs to its area: 13% of the US population is not Mississippi's 38%, though
            // Mississippi is in the US (a quake's toll is the same whether its sentence names the country or the province).
            return (PairOutcome.NoMatch, "a rate of one area and of another inside it");
        }
        var measure = MeasureRelations.Of(a, b, lexicon);
        if (measure == MeasureRelation.Linked && LinkOwnedByAnotherFigure(a, b, i, j))
        {
            measure = MeasureRelation.Unknown;
        }
        if (measure == MeasureRelation.Different)
        {
            return (PairOutcome.NoMatch, "different measures");
        }
        if (measure != MeasureRelation.Unknown && RatesOfDifferentThings(a, b, i, j))
        {
            return (PairOutcome.NoMatch, "rates of change of different things");
        }
        var relation = SubjectRelations.Of(a, b);
        if (FacilityAgainstAnotherBody(a, b, relation) || FacilityAgainstAnotherBody(b, a, relation))
        {
            return (PairOutcome.NoMatch, "an airport's or port's traffic and another subject's figure");
        }
        if (CountryAgainstBody(a, b, relation) || CountryAgainstBody(b, a, relation))
        {
            return (PairOutcome.NoMatch, "a country's visitors and a body's traffic");
        }
        var sameStory = story ?? SameStory(a, b, i, j);
        if (measure == MeasureRelation.Unknown)
        {
            // Nobody can say what is counted on both sides: at most worth a question, and only inside one story.
            // Close figures whose sentences name no measure at all on one side may be one fact told without it.
            var unnamed = a.SentenceMeasures.Count == 0 || b.SentenceMeasures.Count == 0;
            return sameStory && (MeasuresMeet(a, b) || (unnamed && Close(a, b))) && relation != SubjectRelation.Different
                ? (PairOutcome.Possible, "one story, but the measure of one side is unknown")
                : (PairOutcome.NoMatch, "measure unknown");
        }
        if (!sameStory && relation is SubjectRelation.Unknown or SubjectRelation.Different)
        {
            // Different stories need the same subject: a Volkswagen's and an Audi's 0–60 times never match.
            return (PairOutcome.NoMatch, relation == SubjectRelation.Unknown ? "no subject and not one story" : "different subjects");
        }
        // Whether the sentences share context is asked only where it decides: most pairs of a big run (one country's
        // figures in two stories) end before it, and the word overlap is the dearest question of the chain.
        bool? shared = null;
        bool Context() => shared ??= SharesContext(a, b, i, j);
        if (measure == MeasureRelation.Same && MeasureRelations.IsWeak(a.Concept) && !Context() && !(sameStory && BothOverOneSpan(a, b)))
        {
            // "468 chuyến" and "1.400 chuyến", "214.000 ton" and "185.000 ton": a unit is not a measure.
            return (PairOutcome.Possible, "same counted noun, but the sentences share no context");
        }
        if (relation == SubjectRelation.Same && measure == MeasureRelation.Same)
        {
            if (OutsideWindow(a, b) && !StrongContext(a, b, i, j) && !(sameStory && BothAdditions(a, b)))
            {
                // 653 billion flood budget vs 51.5 trillion overall budget: a typo needs the same sentence around it.
                return (PairOutcome.Possible, "same subject and measure, far apart in size");
            }
            if (!sameStory && SubjectIsPlace(a, i))
            {
                // "Vietnam" is the subject of too many figures to join two stories on its own.
                return (PairOutcome.Possible, "same country and measure in two stories");
            }
            if (!sameStory && stories.IsCommon(a.SubjectId!))
            {
                // So is a name much of the run mentions (a president, a big company): his tariffs on one list of
                // goods and on another are two facts, however alike the sentences read.
                return (PairOutcome.Possible, "a subject much of the run names, same measure in two stories");
            }
            // Same player, other game: the subject and measure agree, but not the story or the sentence.
            return sameStory || Context()
                ? (PairOutcome.Match, "same subject and measure")
                : (PairOutcome.Possible, "same subject and measure, but neither the story nor the context agrees");
        }
        if (!sameStory && relation == SubjectRelation.Related && measure == MeasureRelation.Same && !MeasureRelations.IsWeak(a.Concept) && Close(a, b)
            && lexicon.Find(a.Concept) is not { Relative: true })
        {
            // "Korea's budget" and "the National Growth Fund's budget … in Korea": one sentence names the other's
            // subject, and both name the same measure. The link is weaker than one subject, so the figures must be
            // close in size too: Indonesia's 2.41% inflation is not Bank Indonesia's 5% of anything.
            // Across stories that link only agrees or rounds: two facts of a broad subject ("Hanoi's metro" and
            // "Vietnam Airlines" in one holiday season) disagree by more, and that is no sure contradiction.
            return ValueComparer.Compare(a.Value, b.Value, options.HedgeSlack) == VerdictReason.Disjoint
                ? (PairOutcome.Possible, "one sentence names the other's subject, but the figures disagree across stories")
                : (PairOutcome.Match, "one sentence names the other's subject; same measure and context");
        }
        if (!sameStory)
        {
            // Different stories need the same subject: a Volkswagen's and an Audi's 0–60 times never match.
            return (PairOutcome.NoMatch, relation == SubjectRelation.Unknown ? "no subject and not one story" : "different subjects");
        }
        if (SentencesNameTwoBodies(a, b, relation)
            && (!InTwoScripts(a.SubjectName, b.SubjectName)
                || stories.Mentions(a.ArticleId, b.SubjectId!) == true || stories.Mentions(b.ArticleId, a.SubjectId!) == true))
        {
            // Mendes's 10 matches and Persib's 24: each sentence names its own subject. Names in two scripts that
            // neither article writes the other way may be one body (越航集团 and Vietnam Airlines).
            return (PairOutcome.NoMatch, "different subjects named in both sentences");
        }
        if (SentencesNameForeignSubjects(a, b, relation))
        {
            return (PairOutcome.NoMatch, "different subjects named in both sentences, neither article naming the other's");
        }
        if (OutsideWindow(a, b) && BothAdditions(a, b) && relation != SubjectRelation.Different)
        {
            return (PairOutcome.Match, OneAdditionFarApart);
        }
        if (OutsideWindow(a, b))
        {
            // Houses and houses damaged of one body in one story, 3,450 and 34,500: a slipped digit, if the alignment
            // leaves the two figures to each other (StoryAlignment.Promotable), like one subject's one measure.
            return relation == SubjectRelation.Same && measure == MeasureRelation.Linked
                ? (PairOutcome.Possible, SameSubjectLinkedMeasuresFarApart)
                : (PairOutcome.Possible, "one story and measure, far apart in size, subjects unsure");
        }
        if (relation is SubjectRelation.Different or SubjectRelation.Related && Contrasted(a, b))
        {
            // One story about two things (deaths in Semarang and in Kudus): both articles name both subjects.
            return (PairOutcome.NoMatch, "different subjects within one story");
        }
        // One story, one measure: the articles name the subject differently (an outlet, a dateline, a ministry) or
        // not at all in these sentences. The sentences must also share context: one trade-war story has many tariffs.
        if (measure != MeasureRelation.Same && !Context())
        {
            return (PairOutcome.Possible, "one story and measure, but the sentences share no context");
        }
        return (PairOutcome.Match, measure == MeasureRelation.Linked ? "same story, measure named in both sentences" : "same story, measure and context");
    }

    /// <summary>
    /// One story gives one figure of one measure with two scopes: "$95 million a year" here, "$95 million over three
    /// years" there; "2.4 million TEU more" against "2.4 million TEU in all". The figure is the same fact and one scope
    /// is wrong. Parts and quarters are left out: "30 of 50" and Q3's figure are other facts that may happen to be equal.
    /// </summary>
    /// <summary>Why a same-story pair of one subject and two measures of one family, far apart in size, is a question.</summary>
    internal const string SameSubjectLinkedMeasuresFarApart = "same subject, linked measures, far apart in size";

    /// <summary>
    /// Both figures are told as what was added ("1,400 extra flights", "加开航班12400架次"): one story's addition of one
    /// measure is one fact whatever the sizes, so a report that gives the total as the addition (nine times the real
    /// one) still meets the other's addition. The size window is for figures whose scope nobody states.
    /// </summary>
    /// <summary>
    /// "214,000 tonnes over its 25-year life" and "5.35 million tonnes over 25 years of operation": one story's figures
    /// of one unit, each told over the same span of years, are one sum whatever words surround them.
    /// </summary>
    private static bool BothOverOneSpan(Claim a, Claim b) => a.Scope.SpanYears > 1 && a.Scope.SpanYears == b.Scope.SpanYears;

    private static bool BothAdditions(Claim a, Claim b) =>
        a.Scope.Basis == ScopeBasis.Additional && b.Scope.Basis == ScopeBasis.Additional;

    /// <summary>Why a same-story pair of two additions of one measure, far apart in size, is a match.</summary>
    internal const string OneAdditionFarApart = "one story's addition of one measure, far apart in size";

    private bool OneFigureTwoScopes(Claim a, Claim b) =>
        a.Scope.IsPart == b.Scope.IsPart && a.Scope.IsSamePeriodAs(b.Scope)
        && a.Value.Amount == b.Value.Amount
        && MeasureRelations.Of(a, b, lexicon) == MeasureRelation.Same
        && (!MeasureRelations.IsWeak(a.Concept) || MeasuresMeet(a, b)) // "ton" alone needs the measure named around it
        && !SentencesNameTwoBodies(a, b, SubjectRelations.Of(a, b));

    // Two profiled articles have two numbers: comparing them spares reading two ids for each of millions of pairs.
    private bool SameArticle(Claim a, Claim b, int i, int j) =>
        storyArticles is not null && storyArticles[i] >= 0 ? storyArticles[i] == storyArticles[j] : a.ArticleId == b.ArticleId;

    private bool SameStory(Claim a, Claim b, int i, int j) =>
        storyArticles is null ? stories.SameStory(a.ArticleId, b.ArticleId) : stories.SameStory(storyArticles[i], storyArticles[j]);

    /// <summary>
    /// "A school of 16 classrooms and a dormitory of 240 beds" against "420 classrooms": the 240's sentence names
    /// classrooms, but as the measure of its other figure, so it links the 240 to nothing. Only a link through a
    /// sentence's words is undone (two named measures of one family stay linked).
    /// </summary>
    private bool LinkOwnedByAnotherFigure(Claim a, Claim b, int i, int j)
    {
        if (sentenceConcepts is null)
        {
            return false;
        }
        var (weakA, weakB) = (MeasureRelations.IsWeak(a.Concept), MeasureRelations.IsWeak(b.Concept));
        if (weakA == weakB)
        {
            return false;
        }
        var (strong, weakIndex) = weakA ? (b, i) : (a, j);
        return Array.IndexOf(sentenceConcepts[weakIndex], strong.Concept) >= 0;
    }

    /// <summary>
    /// "Net profit reached $1.1 billion, up 6.3%" against "throughput reached 32 million TEU, up 12%": a rate of change
    /// (growth) says nothing of what grew, so the figure its sentence states beside it says it. Both sentences must
    /// state one, and of no common measure (words alone are too loose: a port company's sentence names ports too).
    /// </summary>
    private bool RatesOfDifferentThings(Claim a, Claim b, int i, int j)
    {
        if (!IsRelative(a, i) && !IsRelative(b, j))
        {
            return false;
        }
        var (basesA, basesB) = (Bases(i), Bases(j));
        if (basesA.Length == 0 || basesB.Length == 0)
        {
            return false;
        }
        foreach (var x in basesA)
        {
            foreach (var y in basesB)
            {
                if (x == y || lexicon.InOneFamily(x, y))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>Whether claim <paramref name="index"/>'s subject is a place (see <see cref="_subjectPlace"/>).</summary>
    private bool SubjectIsPlace(Claim claim, int index)
    {
        if (_subjectPlace[index] == 0)
        {
            _subjectPlace[index] = claim.SubjectId is { } id && lexicon.IsPlace(id) ? (byte)2 : (byte)1;
        }
        return _subjectPlace[index] == 2;
    }

    /// <summary>Whether claim <paramref name="index"/> measures a rate of change (growth), as the lexicon says (see <see cref="_relative"/>).</summary>
    private bool IsRelative(Claim claim, int index)
    {
        if (_relative[index] == 0)
        {
            _relative[index] = lexicon.Find(claim.Concept) is { Relative: true } ? (byte)2 : (byte)1;
        }
        return _relative[index] == 2;
    }

    /// <summary>The measures of the other figures claim <paramref name="index"/>'s sentence states, rates left out.</summary>
    private string[] Bases(int index) =>
        _bases[index] ??= (sentenceConcepts?[index] ?? [])
            .Where(c => c != "people" && !c.StartsWith("noun:", StringComparison.Ordinal) && lexicon.Find(c) is not { Relative: true })
            .Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// "A state Trump won by 30 points in 2016" and "a district Trump won by 10 points in 2016": a margin is the
    /// difference between two figures of one contest, and a past contest recalled in passing is not the story's own,
    /// so only the place each sentence names says which contest it was. Both must name one (the same finest place).
    /// </summary>
    private static bool PastMarginsNotPlacedAlike(Claim a, Claim b) =>
        (a.Scope.IsHistorical || b.Scope.IsHistorical)
        && (a.SentencePlaces.Count == 0 || b.SentencePlaces.Count == 0 || DifferentAreas(a.SentencePlaces, b.SentencePlaces))
        && FigureRoles.IsMargin(a) && FigureRoles.IsMargin(b);

    /// <summary>Each sentence names its own subject, neither a place, and they differ (Mendes and Persib).</summary>
    private bool SentencesNameTwoBodies(Claim a, Claim b, SubjectRelation relation) =>
        relation == SubjectRelation.Different && a.SubjectSource == SubjectSource.Sentence && b.SubjectSource == SubjectSource.Sentence
        && !IsPlace(a.SubjectId!) && !IsPlace(b.SubjectId!);

    /// <summary>
    /// "Korean tourists: 4.3 million" against "the airport served 5.2 million passengers": each sentence names its own
    /// subject, one of them a country, and neither article names the other's anywhere, so neither figure can be the
    /// other's. A place is known in every language, so its script says nothing; two found names in two scripts
    /// may still be one body told two ways, and are left to the other rules.
    /// </summary>
    private bool SentencesNameForeignSubjects(Claim a, Claim b, SubjectRelation relation) =>
        relation == SubjectRelation.Different && a.SubjectSource == SubjectSource.Sentence && b.SubjectSource == SubjectSource.Sentence
        && (IsPlace(a.SubjectId!) || IsPlace(b.SubjectId!))
        && !ConceptLexicon.PlacesOverlap(a.SubjectId!, b.SubjectId!)
        && stories.Mentions(a.ArticleId, b.SubjectId!) == false && stories.Mentions(b.ArticleId, a.SubjectId!) == false;

    /// <summary>
    /// "Noi Bai airport handled 3.1 million passengers" against "the airline carried 1.9 million": an airport, port or
    /// station its sentence names is the subject of its traffic, and an airline, operator or country counts other
    /// travellers (its own, or its visitors) even in one story. Two facilities are left to the other rules: one
    /// airport may be written in two scripts.
    /// </summary>
    private bool FacilityAgainstAnotherBody(Claim facility, Claim other, SubjectRelation relation) =>
        facility.SubjectIsFacility && facility.SubjectSource == SubjectSource.Sentence && IsTraffic(facility) && IsTraffic(other)
        && other.SubjectId is not null && !other.SubjectIsFacility && relation != SubjectRelation.Same;

    /// <summary>
    /// "Korean tourists to Vietnam: 4.3 million" against "the airline carried 1.7 million": a country its sentence names
    /// as the subject of a count of visitors (a tourism measure) counts its travellers, an airline or operator its own
    /// traffic, even when the country's article names that body elsewhere. People aboard one ferry are not visitors:
    /// a country named beside them (their nationality) is left to the other rules.
    /// </summary>
    private bool CountryAgainstBody(Claim country, Claim body, SubjectRelation relation) =>
        relation == SubjectRelation.Different && country.SubjectSource == SubjectSource.Sentence && IsPlace(country.SubjectId!)
        && !IsPlace(body.SubjectId!) && !body.SubjectIsFacility && IsTraffic(body)
        && lexicon.Find(country.Concept) is { Traffic: true, Domain: "tourism" };

    /// <summary>
    /// A count of what passes through an airport, port or station (passengers, flights, containers): a port's
    /// investment or a ferry's dead are no traffic, and the port a sentence names is only where they happened.
    /// </summary>
    private bool IsTraffic(Claim claim) => lexicon.Find(claim.Concept) is { Traffic: true };

    /// <summary>One name in Latin letters and the other in Hanzi or Hangul.</summary>
    private static bool InTwoScripts(string? a, string? b) =>
        a is not null && b is not null && IsCjk(a) != IsCjk(b);

    private static bool IsCjk(string name) => name.Any(c => c is >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7A3');

    private bool IsPlace(string id) => lexicon.IsPlace(id);

    /// <summary>Figures close enough to be one fact told with other words: at most half as large again.</summary>
    private static bool Close(Claim a, Claim b)
    {
        var (min, max) = a.Value.Amount <= b.Value.Amount ? (a.Value.Amount, b.Value.Amount) : (b.Value.Amount, a.Value.Amount);
        return min > 0 && max <= min * 1.5m;
    }

    private bool OutsideWindow(Claim a, Claim b)
    {
        var (min, max) = a.Value.Amount <= b.Value.Amount ? (a.Value.Amount, b.Value.Amount) : (b.Value.Amount, a.Value.Amount);
        return min > 0 && max > min * _maxRatio;
    }

    /// <summary>The same words around both figures (one language), or overlapping canonical phrasings.</summary>
    private bool StrongContext(Claim a, Claim b, int i, int j) =>
        (canonical is not null && canonical[i] is { } wa && canonical[j] is { } wb && Overlap(wa, wb) >= 0.5)
        || (a.Language == b.Language && Overlap(MetricWords(a, i), MetricWords(b, j)) >= 0.5);

    /// <summary>The sentences name a measure in common, or one names the other's measure.</summary>
    private static bool MeasuresMeet(Claim a, Claim b) =>
        a.SentenceMeasures.Intersect(b.SentenceMeasures, StringComparer.Ordinal).Any()
        || (a.Concept is { } ca && b.SentenceMeasures.Contains(ca, StringComparer.Ordinal))
        || (b.Concept is { } cb && a.SentenceMeasures.Contains(cb, StringComparer.Ordinal));

    /// <summary>Both articles name both subjects: the story is about each of them, so they are told apart.</summary>
    private bool Contrasted(Claim a, Claim b) =>
        a.SubjectId is { } sa && b.SubjectId is { } sb
        && a.SubjectSource == SubjectSource.Sentence && b.SubjectSource == SubjectSource.Sentence
        && lexicon.IsPlace(sa) == lexicon.IsPlace(sb)
        && !ConceptLexicon.PlacesOverlap(sa, sb) // a province is inside its country, not beside it
        && stories.Mentions(a.ArticleId, sb) == true && stories.Mentions(b.ArticleId, sa) == true
        && stories.Mentions(a.ArticleId, sa) == true && stories.Mentions(b.ArticleId, sb) == true;

    /// <summary>
    /// Both claims name places (in the sentence or as the article's) and none is shared or contains another:
    /// "Sulawesi Barat" and Indonesia are one place for this purpose, Sulawesi Barat and Jawa Timur are not.
    /// </summary>
    private static bool DifferentPlaces(IReadOnlyList<string> placesA, IReadOnlyList<string> placesB)
    {
        if (placesA.Count == 0 || placesB.Count == 0)
        {
            return false;
        }
        // Nested loops over a handful of ids, by index: no allocation (an enumerator per list) on the hot path.
        for (var x = 0; x < placesA.Count; x++)
        {
            for (var y = 0; y < placesB.Count; y++)
            {
                if (ConceptLexicon.PlacesOverlap(placesA[x], placesB[y]))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>
    /// Both sentences name places and their finest places (a country named beside one of its states counts as the
    /// state) have none in common: containment is not enough.
    /// </summary>
    private static bool DifferentAreas(IReadOnlyList<string> placesA, IReadOnlyList<string> placesB) =>
        placesA.Count > 0 && placesB.Count > 0 && !Finest(placesA).Intersect(Finest(placesB), StringComparer.Ordinal).Any();

    private static IEnumerable<string> Finest(IReadOnlyList<string> places) =>
        places.Where(p => !places.Any(q => q != p && ConceptLexicon.PlacesOverlap(p, q) && q.Length > p.Length));

    /// <summary>
    /// Whether the sentences around the figures share context: the LLM's canonical phrasings overlap; in one
    /// language, enough content words; across languages, a named entity or the same stated year.
    /// </summary>
    private bool SharesContext(Claim a, Claim b, int i, int j)
    {
        if (canonical is not null && canonical[i] is { } wa && canonical[j] is { } wb && Overlap(wa, wb) >= options.MinContextOverlap)
        {
            return true;
        }
        if (a.Language == b.Language)
        {
            return Overlap(MetricWords(a, i), MetricWords(b, j)) >= options.MinWordOverlap;
        }
        return SharesEntity(a, b) || (a.Year is not null && a.Year == b.Year);
    }

    /// <summary>Whether both sentences name an entity other than the two subjects (by index: no set per pair).</summary>
    private static bool SharesEntity(Claim a, Claim b)
    {
        var (ea, eb) = (a.Subject, b.Subject);
        for (var x = 0; x < ea.Count; x++)
        {
            var id = ea[x];
            if (id == a.SubjectId || id == b.SubjectId)
            {
                continue;
            }
            for (var y = 0; y < eb.Count; y++)
            {
                if (string.Equals(id, eb[y], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Claim <paramref name="index"/>'s metric words as numbers, in order (see <see cref="_metricWords"/>).</summary>
    private int[] MetricWords(Claim claim, int index) =>
        _metricWords[index] ??= claim.Metric.Select(w => _wordNumbers.GetOrAdd(w, _ => Interlocked.Increment(ref _wordCount))).ToArray();

    /// <summary><see cref="Overlap(IReadOnlyList{string}, IReadOnlyList{string})"/> of words as numbers.</summary>
    private static double Overlap(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        var shared = 0;
        foreach (var word in a)
        {
            shared += Array.IndexOf(b, word) >= 0 ? 1 : 0;
        }
        return (double)shared / Math.Min(a.Length, b.Length);
    }

    /// <summary>Overlap coefficient: shared items over the size of the smaller list.</summary>
    internal static double Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var shared = 0;
        for (var x = 0; x < a.Count; x++)
        {
            for (var y = 0; y < b.Count; y++)
            {
                if (string.Equals(a[x], b[y], StringComparison.Ordinal))
                {
                    shared++;
                    break;
                }
            }
        }
        return (double)shared / Math.Min(a.Count, b.Count);
    }
}
