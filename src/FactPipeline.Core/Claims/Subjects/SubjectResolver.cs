using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;

namespace FactPipeline.Core.Claims.Subjects;

/// <summary>
/// Finds whose figure a claim states. Every entity in the sentence is a candidate: lexicon entities (countries,
/// organisations, companies, with one id across languages and spellings) and names the lexicon does not know
/// (<see cref="NameFinder"/>). The subject of a figure is the nearest organisation, person or name before it in
/// its clause, else the nearest one anywhere in the sentence, else the nearest place; names that only say who is
/// speaking ("menurut BPS", "said the ministry") are sources, not subjects.
/// </summary>
public sealed partial class SubjectResolver(ConceptLexicon lexicon, NameFinder names, NameCues cues)
{
    // A name starting this close after a figure is its unit or currency ("400 MW", "5 GW"), not an entity.
    private const int UnitGap = 2;

    /// <summary>Entities of one sentence, in text order, with places and speakers marked.</summary>
    public IReadOnlyList<EntityMention> Find(string sentence, string language, IReadOnlyList<Quantity> quantities, IReadOnlyList<TermHit> conceptHits, IReadOnlySet<string>? namesInArticle) =>
        Find(sentence, language, quantities, conceptHits, namesInArticle, null);

    /// <param name="story">
    /// Collects every entity the sentence mentions for the article's story profile, also those a figure covers or
    /// follows ("5 Hyundai"): exactly what <see cref="Find(string, string, IReadOnlyList{Quantity}, IReadOnlyList{TermHit}, IReadOnlySet{string}?)"/>
    /// returns without quantities.
    /// </param>
    internal IReadOnlyList<EntityMention> Find(string sentence, string language, IReadOnlyList<Quantity> quantities, IReadOnlyList<TermHit> conceptHits, IReadOnlySet<string>? namesInArticle, StoryNames? story)
    {
        // Loops, not closures: this runs for every sentence.
        var found = new List<EntityMention>();
        var known = new List<TermHit>(lexicon.FindEntities(sentence));
        var nameHits = names.Find(sentence, language, namesInArticle);
        if (nameHits.Count > 0)
        {
            var withoutPossessives = new List<NameHit>(nameHits.Count);
            foreach (var n in nameHits)
            {
                withoutPossessives.Add(WithoutPossessivePlace(sentence, n, known));
            }
            nameHits = withoutPossessives;
            // "China's Zhejiang Lanhai New Energy", "Jakarta Surya Energy": a place that opens an organisation's name is
            // part of the name, not a place the sentence names; the organisation is the entity. A body the lexicon knows
            // ("Bank of Korea") keeps its own entry. Han and Hangul organisation phrases are left alone: "泰国数字支付科技集团"
            // describes the body named after it, as "Thai payments group" would.
            for (var i = known.Count - 1; i >= 0; i--)
            {
                if (lexicon.IsPlace(known[i].Id) && OpensOrganisationName(known[i], nameHits, known))
                {
                    known.RemoveAt(i); // only places go: the bodies the test below reads stay
                }
            }
        }
        foreach (var hit in known)
        {
            if (lexicon.FindEntity(hit.Id)?.Type is "topic" or "holiday")
            {
                // Topics ("AI") are what a story is about and holidays ("Tết") when it happens: never whose figure
                // it is, and every story of the season names them.
                continue;
            }
            var isPlace = lexicon.IsPlace(hit.Id);
            story?.Add(hit.Id, isPlace);
            if (Overlaps(hit.Start, hit.End, quantities))
            {
                continue;
            }
            // News outlets and agencies report figures; they are never whose figure it is.
            var isMedia = lexicon.FindEntity(hit.Id)?.Type == "media";
            found.Add(new EntityMention(hit.Id, sentence.Substring(hit.Start, hit.Length), hit.Start, hit.End, isPlace, isMedia));
        }
        foreach (var name in nameHits)
        {
            if (OverlapsAny(name, known) || InsideAny(name, conceptHits))
            {
                continue;
            }
            story?.Add(name.Key, false);
            if (Overlaps(name.Start, name.End, quantities) || FollowsAFigure(sentence, name, quantities))
            {
                continue;
            }
            found.Add(new EntityMention(name.Key, name.Text, name.Start, name.End, false, false) { IsFacility = name.Kind == NameKind.Facility });
        }
        if (story is not null && language is "ko" or "zh")
        {
            foreach (var key in language == "ko" ? names.RomanizedWords(sentence) : names.HanReadings(sentence))
            {
                story.AddRomanized(key);
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return MarkSources(sentence, found, quantities);
    }

    /// <summary>Whether <paramref name="place"/> opens a Latin-script organisation name that no known body overlaps.</summary>
    private bool OpensOrganisationName(TermHit place, IReadOnlyList<NameHit> nameHits, List<TermHit> known)
    {
        foreach (var n in nameHits)
        {
            if (n.Kind == NameKind.Organisation && n.Start == place.Start && place.End < n.End && char.IsAsciiLetter(n.Text[0])
                && !KnownBodyOverlaps(n, known))
            {
                return true;
            }
        }
        return false;
    }

    private bool KnownBodyOverlaps(NameHit n, List<TermHit> known)
    {
        foreach (var o in known)
        {
            if (!lexicon.IsPlace(o.Id) && o.Start < n.End && n.Start < o.End)
            {
                return true;
            }
        }
        return false;
    }

    private static bool OverlapsAny(NameHit name, List<TermHit> known)
    {
        foreach (var k in known)
        {
            if (k.Start < name.End && name.Start < k.End)
            {
                return true;
            }
        }
        return false;
    }

    private static bool InsideAny(NameHit name, IReadOnlyList<TermHit> conceptHits)
    {
        foreach (var c in conceptHits)
        {
            if (c.Start <= name.Start && name.End <= c.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A name starting right after a figure, only spaces between, is its unit or currency ("400 MW").</summary>
    private static bool FollowsAFigure(string sentence, NameHit name, IReadOnlyList<Quantity> quantities)
    {
        foreach (var q in quantities)
        {
            if (name.Start >= q.End && name.Start - q.End <= UnitGap && sentence.AsSpan(q.End, name.Start - q.End).IsWhiteSpace())
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "China's Zhejiang Lanhai New Energy": a possessive place before an organisation's name says where the body comes
    /// from; the name starts after it (and the place qualifies it, <see cref="QualifiesNext"/>).
    /// </summary>
    private static NameHit WithoutPossessivePlace(string sentence, NameHit name, IReadOnlyList<TermHit> known)
    {
        if (name.Kind != NameKind.Organisation)
        {
            return name;
        }
        foreach (var k in known)
        {
            if (k.Start != name.Start || k.End + 3 >= name.Start + name.Length
                || !(sentence.AsSpan(k.End).StartsWith("'s ", StringComparison.Ordinal) || sentence.AsSpan(k.End).StartsWith("’s ", StringComparison.Ordinal)))
            {
                continue;
            }
            var cut = k.End + 3 - name.Start;
            var prefix = "name:" + name.Text[..cut].ToLowerInvariant();
            var key = name.Key.StartsWith(prefix, StringComparison.Ordinal) ? "name:" + name.Key[prefix.Length..] : name.Key;
            return name with { Start = name.Start + cut, Length = name.Length - cut, Text = name.Text[cut..], Key = key };
        }
        return name;
    }

    /// <summary>The subject of the figure at [<paramref name="figureStart"/>, <paramref name="figureEnd"/>), or null.</summary>
    public static EntityMention? PrimaryFor(string sentence, int figureStart, int figureEnd, IReadOnlyList<EntityMention> entities)
    {
        var clauseStart = ClauseStart(sentence, figureStart);
        // Only candidates count (no sources, no asides); loops, as this runs for every figure.
        EntityMention? before = null;
        foreach (var e in entities)
        {
            if (e.IsCandidate && !e.IsPlace && e.End <= figureStart && e.Start >= clauseStart)
            {
                before = e;
            }
        }
        if (before is not null)
        {
            return before;
        }
        return Nearest(entities, places: false, figureStart, figureEnd)
            ?? PlaceAfterFigure(sentence, entities, figureEnd)
            ?? LastPlaceBefore(entities, figureStart, clauseStart)
            ?? Nearest(entities, places: true, figureStart, figureEnd);
    }

    private static EntityMention? PlaceAfterFigure(string sentence, IReadOnlyList<EntityMention> entities, int figureEnd)
    {
        foreach (var e in entities)
        {
            if (e.IsCandidate && e.IsPlace && e.Start >= figureEnd && PlaceOfFigure(sentence[figureEnd..e.Start]))
            {
                return e;
            }
        }
        return null;
    }

    private static EntityMention? LastPlaceBefore(IReadOnlyList<EntityMention> entities, int figureStart, int clauseStart)
    {
        EntityMention? last = null;
        foreach (var e in entities)
        {
            if (e.IsCandidate && e.IsPlace && e.End <= figureStart && e.Start >= clauseStart)
            {
                last = e;
            }
        }
        return last;
    }

    /// <summary>
    /// "32 in Lào Cai and 18 in Điện Biên", "17 sekolah di Lai Châu", "12 trường ở Điện Biên": a place a preposition
    /// ties to the figure (at most one noun between) is that figure's own, whatever place the clause named before it.
    /// </summary>
    private static bool PlaceOfFigure(string gap)
    {
        // "200 jobs will go in Vietnam", "500 roles cut in Malaysia": a short verb may stand between the counted noun
        // and the preposition; the place is still where the figure happens.
        var words = gap.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= MaxWordsToPlace && words.All(w => w.All(char.IsLetter)) && PlacePrepositions.Contains(words[^1]);
    }

    // The preposition and at most two words before it: a counted noun, or a short verb ("will go in", "are cut in").
    private const int MaxWordsToPlace = 3;

    /// <summary>
    /// Words that open a second clause of contrast after a comma ("500 in Malaysia, while 200 will go in Thailand"):
    /// a place named before them belongs to the first clause's figure, not to the figure after them.
    /// </summary>
    internal static readonly string[] ContrastJoins =
        [", while ", ", whereas ", ", sementara ", ", sedangkan ", ", trong khi ", ", còn ", "，而", ",而", "，但", "반면 "];

    /// <summary>Words that put the place after them where a figure or a body is: "in", "di", "tại", "ở".</summary>
    internal static readonly string[] PlacePrepositions = ["in", "di", "tại", "ở"];

    /// <summary>
    /// Whether the sentence speaks of a body by a common noun ("khi hãng khai thác 468 chuyến", "the carrier said"):
    /// its figures without a subject of their own are the body's the article named last, not a place's.
    /// </summary>
    public bool MentionsABody(string sentence)
    {
        var mentions = _bodyMentions ??= BodyMentionMatcher.From(cues.BodyMentions);
        return mentions.Cjk.Any(m => sentence.Contains(m, StringComparison.Ordinal)) || (mentions.Latin?.IsMatch(sentence) ?? false);
    }

    // Made on first use from the cues and then shared: asking one regex per mention and sentence made and threw away
    // more regexes than the regex cache holds.
    private BodyMentionMatcher? _bodyMentions;

    /// <summary>
    /// The body mentions in CJK scripts (found anywhere, no word boundaries there), and one pattern for the others as
    /// whole words, any capitalisation: a sentence matches it where it matches any one of them.
    /// </summary>
    private sealed record BodyMentionMatcher(string[] Cjk, System.Text.RegularExpressions.Regex? Latin)
    {
        public static BodyMentionMatcher From(IReadOnlyList<string> mentions)
        {
            var cjk = mentions.Where(m => m.Any(c => c > '\u3000')).ToArray();
            var latin = mentions.Where(m => !m.Any(c => c > '\u3000')).Select(System.Text.RegularExpressions.Regex.Escape).ToArray();
            return new BodyMentionMatcher(cjk, latin.Length == 0 ? null : new System.Text.RegularExpressions.Regex(
                @"(?<![\p{L}\p{M}])(?:" + string.Join('|', latin) + @")(?![\p{L}\p{M}])", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        }
    }

    /// <summary>The subject a sentence as a whole is about: its first non-place entity, else its first place.</summary>
    public static EntityMention? SentenceSubject(IReadOnlyList<EntityMention> entities) =>
        entities.FirstOrDefault(e => e.IsCandidate && !e.IsPlace) ?? entities.FirstOrDefault(e => e.IsCandidate && e.IsPlace);

    /// <summary>The candidate place (or non-place) nearest the figure; the first of those equally near.</summary>
    private static EntityMention? Nearest(IReadOnlyList<EntityMention> entities, bool places, int start, int end)
    {
        EntityMention? nearest = null;
        var best = int.MaxValue;
        foreach (var e in entities)
        {
            if (!e.IsCandidate || e.IsPlace != places)
            {
                continue;
            }
            var distance = e.End <= start ? start - e.End : e.Start - end;
            if (nearest is null || distance < best)
            {
                (nearest, best) = (e, distance);
            }
        }
        return nearest;
    }

    private static int ClauseStart(string sentence, int figureStart)
    {
        var head = sentence.AsSpan(0, figureStart);
        var at = head.LastIndexOfAny(";:");
        var start = at < 0 ? 0 : at + 1;
        foreach (var join in ContrastJoins)
        {
            var j = head.LastIndexOf(join, StringComparison.OrdinalIgnoreCase);
            if (j >= 0 && j + join.Length > start)
            {
                start = j + join.Length;
            }
        }
        return start;
    }

    private IReadOnlyList<EntityMention> MarkSources(string sentence, List<EntityMention> found, IReadOnlyList<Quantity> quantities)
    {
        var speakers = found.Count == 0 ? [] : SpeakerSpans(sentence, quantities);
        Dateline? dateline = null;
        for (var i = 0; i < found.Count; i++)
        {
            var e = found[i];
            // Spans of the sentence, not copies: each entity of each sentence is read against both sides.
            var before = sentence.AsSpan(0, e.Start).TrimEnd();
            var after = sentence.AsSpan(e.End).TrimStart();
            var speaker = EndsWithAnyWord(before, cues.SourceBefore)
                || (StartsWithAnyWord(after, cues.SourceAfter) && !TellsItsOwn(after.ToString()))
                || SaysAfterWhereAndWhen(after) || (e.Start <= Dateline.MaxStart && (dateline ??= Dateline.Of(sentence)).Holds(e))
                || (speakers.Any(s => s.Start <= e.Start && e.End <= s.End) && !SpeaksForItself(e));
            if (speaker)
            {
                found[i] = e with { IsSource = true };
            }
            else if (!e.IsPlace && e.Id.StartsWith("name:", StringComparison.Ordinal) && IsFeature(e, before, after))
            {
                found[i] = e with { IsAside = true };
            }
            else if (!e.IsPlace && IsMemberOfBody(sentence, found, i, quantities))
            {
                found[i] = e with { IsAside = true };
            }
            else if (e.IsPlace && (IsAside(sentence, found, i, before, after) || IsMemberOfCount(sentence, found, i, before, quantities)
                || InClosingReason(sentence, e.Start, quantities)))
            {
                found[i] = e with { IsAside = true };
            }
        }
        return found;
    }

    /// <summary>
    /// "Vinfast CEO X said", "Persib coach X said": a company's or a team's officer speaks of that company's or team's
    /// own figures, unlike an office's head who reports an accident or a ministry's programme.
    /// </summary>
    private bool SpeaksForItself(EntityMention e) =>
        !e.IsPlace && lexicon.FindEntity(e.Id)?.Type is "company" or "team";

    /// <summary>
    /// "Orbita Pay said on Tuesday it would cut 640 jobs", "Orbita Pay cho biết sẽ cắt giảm", "Orbita表示将裁员": a body
    /// that says what it itself will do or did reports its own figure, so it is its subject, not only its source.
    /// </summary>
    private bool TellsItsOwn(string after)
    {
        var marker = cues.SourceAfter.Where(m => StartsWithWord(after, m)).MaxBy(m => m.Length)!;
        var rest = after.TrimStart(',', ' ')[marker.Length..].TrimStart(',', ' ');
        var day = OnDayPattern().Match(rest);
        rest = rest[day.Length..];
        return cues.SelfReport.Any(w => StartsWithWord(rest, w));
    }

    // "on Tuesday ", "on March 3 ", "hôm 3/3 ", "3日": when it spoke, between the saying word and what it said.
    // "late on Tuesday ", "early Monday ": the part of the day may stand before it.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:(?:late|early|earlier)\s+(?:on\s+)?|(?:on|pada|hôm|ngày)\s+)\p{Lu}?[\p{L}\d/]*(?:\s+\d{1,2})?,?\s+|\d{1,2}\s*[日일]\s*)?")]
    private static partial System.Text.RegularExpressions.Regex OnDayPattern();

    /// <summary>
    /// "Kepala Kantor SAR I Wayan Sudi di Mataram, Minggu, mengatakan", "委员会8日公布的": where and when the speaker
    /// spoke may stand between the name and the saying word; the name is still the one who speaks.
    /// </summary>
    private bool SaysAfterWhereAndWhen(ReadOnlySpan<char> after)
    {
        // The pattern is anchored at the start: its first match, if any, is the only one.
        foreach (var m in WhereAndWhenPattern().EnumerateMatches(after))
        {
            return m.Length > 0 && StartsWithAnyWord(after[m.Length..], cues.SourceAfter);
        }
        return false;
    }

    // "di Bima, Sabtu, ", "in Jakarta, Monday, ", ", Senin, ", or a Chinese or Korean date ("8日", "3월 2일").
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:(?:di|in|at|tại|ở)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,2}\s*)?(?:,\s*\p{Lu}[\p{L}\p{M}]*(?:\s*\([\d/]+\))?\s*)?,\s*|(?:\d{1,2}\s*[月월]\s*)?\d{1,2}\s*[日일号]\s*)")]
    private static partial System.Text.RegularExpressions.Regex WhereAndWhenPattern();

    /// <summary>
    /// A name the words around make a sea, strait, bay or island ("perairan Selat Sape", "eo biển Sape",
    /// "Sumbawa island", "X섬"), or an area the lexicon does not know ("Kabupaten Batu Bara", "xã Bản Xèo"): where
    /// something happened, never whose figure it is.
    /// </summary>
    private bool IsFeature(EntityMention e, ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        foreach (var m in cues.FeatureBefore)
        {
            if (EndsWithWord(before, m) || (e.Name.Length > m.Length + 1 && e.Name[m.Length] == ' ' && e.Name.StartsWith(m, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        foreach (var m in cues.FeatureAfter)
        {
            if (StartsWithWord(after, m) || EndsWithFeature(e.Name, m))
            {
                return true;
            }
        }
        return false;
    }

    // "Mekong Delta", "Rangka Island", "X섬", "X海峡": the feature word may be part of the name.
    private static bool EndsWithFeature(string name, string marker) =>
        IsCjkWord(marker)
            ? name.EndsWith(marker, StringComparison.Ordinal) && name.Length > marker.Length
            : name.Length > marker.Length && name[^(marker.Length + 1)] == ' ' && name.EndsWith(marker, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> holds a character past the CJK punctuation block's start (Han, Hangul, kana).</summary>
    private static bool IsCjkWord(ReadOnlySpan<char> word) => word.ContainsAnyInRange('\u3001', '\uFFFF');

    /// <summary>
    /// "12 markets, including Indonesia, the Philippines and India", "12 thị trường, trong đó Indonesia, Philippines và
    /// Ấn Độ là…": places listed after an including word name members of a count told before them, not the place the
    /// count belongs to. A place that a figure follows ("trong đó Hà Nội 1.200 ca") is that figure's own and stays.
    /// </summary>
    private bool IsMemberOfCount(string sentence, List<EntityMention> found, int i, ReadOnlySpan<char> before, IReadOnlyList<Quantity> quantities)
    {
        var e = found[i];
        if (!AnyEndsBy(quantities, e.Start) || AnyStartsFrom(quantities, e.End))
        {
            return false;
        }
        if (EndsWithAnyWord(before, cues.MemberBefore))
        {
            return true;
        }
        // The next places of the list: "…, Philippines và Ấn Độ".
        return i > 0 && found[i - 1] is { IsPlace: true, IsAside: true } previous && previous.End <= e.Start
            && IsListSeparator(sentence.AsSpan(previous.End, e.Start - previous.End).Trim())
            && IsMemberOfCount(sentence, found, i - 1, sentence.AsSpan(0, previous.Start).TrimEnd(), quantities);
    }

    private static bool AnyEndsBy(IReadOnlyList<Quantity> quantities, int position)
    {
        foreach (var q in quantities)
        {
            if (q.End <= position)
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyStartsFrom(IReadOnlyList<Quantity> quantities, int position)
    {
        foreach (var q in quantities)
        {
            if (q.Start >= position)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "delivered 9,100 cars in the quarter, as sales in Europe offset weak demand in Asia": a closing clause of reason,
    /// with no figure of its own, names places to explain the figures before it, not where they were counted.
    /// </summary>
    private bool InClosingReason(string sentence, int start, IReadOnlyList<Quantity> quantities)
    {
        var head = sentence.AsSpan(0, start);
        var join = -1;
        foreach (var word in cues.ReasonJoins)
        {
            join = Math.Max(join, head.LastIndexOf(word, StringComparison.OrdinalIgnoreCase));
        }
        return join >= 0 && quantities.Any(q => q.End <= join) && !quantities.Any(q => q.Start > join);
    }

    /// <summary>
    /// "Orbis Group (gồm Orbis Air và Lotus Cargo) chở 2 triệu khách", "The group, which includes Lotus Cargo, flew
    /// 900 flights": bodies listed after a member word in brackets or in a clause set off by commas are the members of
    /// the body before them; the figure after the aside is that body's, not its last member's. A figure inside the
    /// aside ("including 300 extra flights") leaves its names alone.
    /// </summary>
    private bool IsMemberOfBody(string sentence, List<EntityMention> found, int i, IReadOnlyList<Quantity> quantities)
    {
        var e = found[i];
        var bracket = sentence.AsSpan(0, e.Start).LastIndexOfAny("(（");
        var inBracket = bracket >= 0 && bracket > sentence.AsSpan(0, e.Start).LastIndexOfAny(")）");
        var open = inBracket ? bracket : ListComma(sentence, e.Start, backwards: true);
        if (open < 0)
        {
            return false;
        }
        var opener = inBracket ? '(' : ',';
        var close = inBracket ? sentence.IndexOfAny([')', '）'], e.End) : ListComma(sentence, e.End, backwards: false);
        if (close < 0 || quantities.Any(q => q.Start > open && q.Start < close) || !quantities.Any(q => q.Start > close))
        {
            return false;
        }
        var head = sentence[(open + 1)..e.Start].TrimStart();
        foreach (var relative in RelativeWords)
        {
            if (head.StartsWith(relative + " ", StringComparison.OrdinalIgnoreCase))
            {
                head = head[(relative.Length + 1)..];
                break;
            }
        }
        if (cues.MemberBefore.Any(m => head.StartsWith(m, StringComparison.OrdinalIgnoreCase) && (head.Length == m.Length || !char.IsLetter(head[m.Length]) || m.Any(c => c > '\u3000'))))
        {
            return true;
        }
        // The next members of the list: "… Pacific Airlines và VASCO" after a comma of the list itself.
        return opener == ',' && i > 0 && found[i - 1] is { IsAside: true, IsPlace: false } previous && previous.End <= e.Start
            && IsListSeparator(sentence.AsSpan(previous.End, e.Start - previous.End).Trim());
    }

    /// <summary>The nearest comma before or after <paramref name="from"/> that is no decimal comma ("1,85"), or -1.</summary>
    private static int ListComma(string sentence, int from, bool backwards)
    {
        for (var at = backwards ? from - 1 : from; at >= 0 && at < sentence.Length; at += backwards ? -1 : 1)
        {
            if (sentence[at] == ',' && !(at > 0 && at + 1 < sentence.Length && char.IsDigit(sentence[at - 1]) && char.IsDigit(sentence[at + 1])))
            {
                return at;
            }
        }
        return -1;
    }

    /// <summary>Words that open a relative clause before its member word: "which includes", "yang terdiri", "mà gồm".</summary>
    private static readonly string[] RelativeWords = ["which", "that", "yang", "mà"];

    private static readonly string[] ListSeparators = [",", "và", "and", ", and", "dan", ", dan", "、", "和", "와", "과", "및"];

    private static bool IsListSeparator(ReadOnlySpan<char> gap)
    {
        foreach (var separator in ListSeparators)
        {
            if (gap.SequenceEqual(separator))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A place that describes another entity or a clock, not the figure: after or before an origin or time-zone word
    /// ("asal Singapura", "브라질 출신", "giờ Mỹ", "US time"), in brackets right after a name ("Kliqo Group
    /// (Singapore)"), or right before a name it qualifies ("Vietnamese conglomerate Vingroup", "China's Zhejiang
    /// Lanhai", "싱가포르 기업 클리코").
    /// </summary>
    private bool IsAside(string sentence, List<EntityMention> found, int i, ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (EndsWithAnyWord(before, cues.AsideBefore) || StartsWithAnyWord(after, cues.AsideAfter))
        {
            return true;
        }
        var e = found[i];
        if (IsRouteEnd(sentence, found, i, before, after))
        {
            return true;
        }
        if (before.Length > 0 && before[^1] == '(' && after.Length > 0 && after[0] == ')' && i > 0 && !found[i - 1].IsPlace
            && string.IsNullOrWhiteSpace(sentence[found[i - 1].End..e.Start].TrimEnd().TrimEnd('(')))
        {
            return true;
        }
        return i + 1 < found.Count && !found[i + 1].IsPlace && found[i + 1].Start >= e.End && QualifiesNext(sentence[e.End..found[i + 1].Start]);
    }

    /// <summary>
    /// "flights on the Hanoi - Da Nang route", "từ TP HCM đi các tỉnh miền Trung", "从河内飞往首尔": a place joined to
    /// another by a dash, or where a route starts ("from X to"), says where traffic runs, not whose figure it is. So
    /// does a vehicle's destination told alone ("a ferry bound for X", "开往X的客船", "X행 여객선"): two reports of one
    /// voyage may name either end of it, or the spot where it sank. The destination after "from X to" stays a
    /// candidate: flights on two routes from one city are two figures.
    /// </summary>
    private bool IsRouteEnd(string sentence, List<EntityMention> found, int i, ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var e = found[i];
        if ((i + 1 < found.Count && found[i + 1].IsPlace && found[i + 1].Start >= e.End && IsDash(sentence.AsSpan(e.End, found[i + 1].Start - e.End)))
            || (i > 0 && found[i - 1].IsPlace && found[i - 1].End <= e.Start && IsDash(sentence.AsSpan(found[i - 1].End, e.Start - found[i - 1].End))))
        {
            return true;
        }
        if (EndsWithAnyRouteWord(before, cues.BoundFor) || StartsWithAnyRouteWord(after, cues.BoundForAfter))
        {
            return true;
        }
        if (StartsWithAnyRouteWord(after, cues.RouteFromAfter) && i + 1 < found.Count && found[i + 1].IsPlace
            && found[i + 1].Start - e.End <= MaxRouteParticleGap
            && StartsWithAnyRouteWord(sentence.AsSpan(found[i + 1].End).TrimStart(), cues.BoundForAfter))
        {
            return true; // "라부안바조에서 사페로 향하던": where the trip to the next place started
        }
        return EndsWithAnyRouteWord(before, cues.RouteFrom)
            && (StartsWithAnyRouteWord(after, cues.RouteTo) || StartsWithAnyRouteWord(AfterApposition(after), cues.RouteTo));
    }

    private static bool EndsWithAnyRouteWord(ReadOnlySpan<char> before, string[] words)
    {
        foreach (var word in words)
        {
            if (EndsWithRouteWord(before, word))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithAnyRouteWord(ReadOnlySpan<char> after, string[] words)
    {
        foreach (var word in words)
        {
            if (StartsWithRouteWord(after, word))
            {
                return true;
            }
        }
        return false;
    }

    // "라부안바조에서 " before the next place: the particle and a space, or a short noun ("X에서 출발해 Y로").
    private const int MaxRouteParticleGap = 8;

    // An apposition set off by commas may stand between a route's start and its "to": "from Labuan Bajo, the gateway
    // to the park, to Sape". Only a short one with no figure in it.
    private const int MaxApposition = 60;

    /// <summary>The text after a comma-enclosed apposition at the start of <paramref name="after"/>, or "".</summary>
    private static ReadOnlySpan<char> AfterApposition(ReadOnlySpan<char> after)
    {
        if (after.Length == 0 || after[0] != ',')
        {
            return [];
        }
        var close = after[1..].IndexOf(',');
        close = close < 0 ? -1 : close + 1;
        return close < 0 || close > MaxApposition || after.Slice(1, close - 1).IndexOfAnyInRange('0', '9') >= 0
            ? []
            : after[(close + 1)..].TrimStart();
    }

    private static bool IsDash(ReadOnlySpan<char> gap) => gap.Trim() is "-" or "–" or "—" or "~";

    // Chinese route words stand against the name ("从河内", "河内至"); Latin ones are whole words.
    private static bool EndsWithRouteWord(ReadOnlySpan<char> before, string word) =>
        word[0] > '\u3000' ? before.EndsWith(word, StringComparison.Ordinal) : EndsWithWord(before, word);

    private static bool StartsWithRouteWord(ReadOnlySpan<char> after, string word) =>
        word[0] > '\u3000' ? after.StartsWith(word, StringComparison.Ordinal) : StartsWithWord(after, word);

    // Han or Hangul characters of a descriptive phrase before a name ("超级应用程序集团"): longer ones are clauses.
    private const int MaxOrgPhrase = 10;

    /// <summary>
    /// The words between a place and the name after it make the place that name's attribute: nothing, a possessive,
    /// or up to three lower-case words or one short Hangul/Han word ("conglomerate", "payments firm", "기업", "科技公司").
    /// </summary>
    private bool QualifiesNext(string gap)
    {
        var text = gap.Trim();
        if (text.Length == 0 || text is "'s" or "’s")
        {
            return true;
        }
        if (text.StartsWith("'s ", StringComparison.Ordinal) || text.StartsWith("’s ", StringComparison.Ordinal))
        {
            text = text[3..].TrimStart();
        }
        if (text.StartsWith('의') && text.Length <= MaxOrgPhrase * 2)
        {
            // "동남아시아의 차량호출·배달 '슈퍼앱' 클리코": a possessive place and a few nouns (quoted, joined by ·)
            // describe the name after them; a verb ending or a comma would make them a clause.
            // The name itself may be the Hangul spelling before its Latin one in brackets: "클리코(Kliqo)".
            var nouns = text[1..].TrimEnd('(').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('\'', '‘', '’', '"', '“', '”')).ToArray();
            return nouns.Length <= 4 && nouns.All(w => w.Length > 0 && w.All(c => c is >= '\uAC00' and <= '\uD7A3' or '·'))
                && !nouns.Any(w => w.EndsWith('는') || w.EndsWith('은') || w.EndsWith('한') || w.EndsWith('된') || w.EndsWith('서'));
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.All(w => w.All(c => c is >= '\uAC00' and <= '\uD7A3' or >= '\u4E00' and <= '\u9FFF')))
        {
            // "新加坡超级应用程序集团Kliqo", "싱가포르 핀테크 그룹 X": a longer noun phrase that ends in an
            // organisation word still describes the name after it, as "Singapore-based" would.
            return (words.Length == 1 && words[0].Length <= 4)
                || (text.Length <= MaxOrgPhrase && cues.OrgSuffixesCjk.Any(s => words[^1].EndsWith(s, StringComparison.Ordinal)));
        }
        return words.Length <= 3 && words.All(w => w.All(c => char.IsLetter(c) && char.IsLower(c)));
    }

    /// <summary>
    /// "JAKARTA (Reuters) -", "Jakarta (ANTARA) -", "HÀ NỘI -", "(자카르타=연합뉴스)": the place and outlet a wire story
    /// opens with say where it was filed, not whose figure follows. Read once per sentence: where each kind of
    /// dateline ends (-1: the sentence opens with none); an entity near the start inside one is part of it.
    /// </summary>
    private sealed class Dateline(string head, int open, int equalsSign, int wireClose, int dash)
    {
        // An entity starting further in is no part of a dateline.
        public const int MaxStart = 30;

        private static readonly char[] Dashes = ['-', '–', '—'];
        private static readonly char[] ClosingBrackets = ['）', ')'];

        // Whether the words before the dash read as a dateline's head: asked only when an entity stands before the dash.
        private bool? _headBeforeDash;

        public static Dateline Of(string sentence)
        {
            var head = sentence[..Math.Min(sentence.Length, 60)];
            var open = head.IndexOf('(');
            var equals = head.IndexOf('=');
            var close = head.IndexOfAny(ClosingBrackets);
            var wire = head.Length > 0 && head[0] is '（' or '(' && close > 1 && head[close - 1] is '讯' or '电' ? close : -1;
            var dash = head.IndexOfAny(Dashes);
            while (dash > 0 && head[dash - 1] != ' ' && (dash + 1 >= head.Length || head[dash + 1] != ' '))
            {
                dash = head.IndexOfAny(Dashes, dash + 1); // a hyphen inside a word ("Jong-un") is no dash
            }
            return new Dateline(head, open, equals, wire, dash);
        }

        public bool Holds(EntityMention e) =>
            e.Start <= MaxStart
            && ((open >= 0 && equalsSign > open && e.Start > open && e.End <= equalsSign) // "(자카르타=연합뉴스)"
                || (wireClose > 1 && e.End <= wireClose) // "（新加坡综合讯）", "（曼谷电）": where a Chinese wire report was filed
                || (dash > 0 && e.End <= dash && (_headBeforeDash ??= IsDatelineHead(head[..dash]))));
    }

    /// <summary>
    /// What comes before a dateline's dash: a few capitalised words, a date, commas and an outlet in brackets
    /// ("JAKARTA", "Labuan Bajo", "MANILA, Philippines (AP)", "SEOUL, Dec 6 (Reuters)"), never a clause ("Kliqo Group
    /// (Singapore) said").
    /// </summary>
    private static bool IsDatelineHead(string prefix)
    {
        var outside = new System.Text.StringBuilder(prefix.Length);
        var depth = 0;
        foreach (var c in prefix)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && c != ')')
            {
                outside.Append(c);
            }
        }
        var words = outside.ToString().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 6 && words.All(w => char.IsUpper(w[0]) || w.All(char.IsDigit));
    }

    private static bool EndsWithAnyWord(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (EndsWithWord(text, word))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithAnyWord(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (StartsWithWord(text, word))
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsWithWord(ReadOnlySpan<char> text, string word)
    {
        // "menurut Kepala BPS": the marker may be followed by a title, which is part of the name's run or not.
        var trimmed = text.TrimEnd(",: ".AsSpan());
        if (!trimmed.EndsWith(word, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var at = trimmed.Length - word.Length;
        return at == 0 || !char.IsLetter(trimmed[at - 1]);
    }

    private static bool StartsWithWord(ReadOnlySpan<char> text, string word)
    {
        var trimmed = text.TrimStart(",".AsSpan()).TrimStart();
        if (!trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return trimmed.Length == word.Length || !char.IsLetter(trimmed[word.Length]) || IsCjkWord(word);
    }

    private static bool Overlaps(int start, int end, IReadOnlyList<Quantity> quantities)
    {
        foreach (var q in quantities)
        {
            if (start < q.End && q.Start < end)
            {
                return true;
            }
        }
        return false;
    }
}

/// <param name="Id">Lexicon entity id, or "name:" + folded name for names the lexicon does not know.</param>
/// <param name="Name">As written in the sentence.</param>
/// <param name="IsSource">The entity only says who reports the figure ("menurut BPS").</param>
public sealed record EntityMention(string Id, string Name, int Start, int End, bool IsPlace, bool IsSource)
{
    /// <summary>
    /// A place that only describes something else in the sentence: where a body comes from ("perusahaan asal
    /// Singapura", "Vietnamese conglomerate Vingroup", "Kliqo Group (Singapore)", "브라질 출신 공격수") or a time zone
    /// ("giờ Mỹ", "US time"). It is neither the figure's subject nor the place the figure belongs to.
    /// </summary>
    public bool IsAside { get; init; }

    /// <summary>An airport, port or station ("sân bay Nội Bài", "Changi Airport"): the subject of its own traffic.</summary>
    public bool IsFacility { get; init; }

    /// <summary>Whether the entity may be whose figure it is or where: neither a source nor an aside.</summary>
    public bool IsCandidate => !IsSource && !IsAside;
}
