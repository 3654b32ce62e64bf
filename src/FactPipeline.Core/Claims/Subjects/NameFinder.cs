using FactPipeline.Core.Model.Lexicon;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FactPipeline.Core.Claims.Subjects;

/// <summary>
/// Finds names the entity lexicon does not know: runs of capitalised words in Latin-script text (id, en, vi),
/// short quoted names, Latin-script names inside Korean and Chinese text, and Korean/Chinese words carrying an
/// organisation marker (…전자, …公司) or followed by a person's title (… 장관). Each name gets a key that is the
/// same in every language it is written in ("name:ioniq"), which is what lets two articles in different languages
/// agree on an unlisted subject.
/// </summary>
public sealed partial class NameFinder(NameCues cues)
{
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’&\-]*")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9&\-]*(?:[ .][A-Za-z0-9][A-Za-z0-9&\-]*)*")]
    private static partial Regex LatinRunPattern();

    [GeneratedRegex(@"[“""«「『]([^”""»」』]{2,40})[”""»」』]")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"[가-힣]{2,12}")]
    private static partial Regex HangulWordPattern();

    [GeneratedRegex(@"[\u4E00-\u9FFF]{2,12}")]
    private static partial Regex HanRunPattern();

    // A capitalised word after a lower-case word or a comma: capitalised because it is a name, not because it starts a sentence.
    [GeneratedRegex(@"(?<=[\p{Ll}\p{N},] )\p{Lu}[\p{L}\p{M}\p{N}]*")]
    private static partial Regex MidSentenceCapitalPattern();

    // A word written in lower case: "ingredients" in "mix the ingredients".
    [GeneratedRegex(@"(?<![\p{L}\p{M}\p{N}'’\-])\p{Ll}[\p{L}\p{M}\p{N}]*")]
    private static partial Regex LowerCaseWordPattern();

    /// <summary>
    /// Words <paramref name="text"/> capitalises inside sentences (folded): only these are names when they start a
    /// sentence. The set also knows which of them the article writes in lower case too (see <see cref="ArticleWords"/>).
    /// </summary>
    public static ArticleWords NamesInArticle(string text)
    {
        var words = new ArticleWords();
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        // An article repeats its names: each written form is folded and lowered once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenLookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var match in MidSentenceCapitalPattern().EnumerateMatches(text))
        {
            if (seenLookup.Contains(text.AsSpan(match.Index, match.Length)))
            {
                continue;
            }
            var word = text.Substring(match.Index, match.Length);
            seen.Add(word);
            words.Add(Fold(word));
            capitalised.Add(word.ToLowerInvariant());
        }
        // Every lower-case word of the text is looked up, and only the few found become strings.
        var capitalisedLookup = capitalised.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var match in LowerCaseWordPattern().EnumerateMatches(text))
        {
            // Compared with their marks ("tuần" is not "Tuấn"), so only the same word written both ways counts.
            if (capitalisedLookup.TryGetValue(text.AsSpan(match.Index, match.Length), out var word))
            {
                words.AlsoLowerCase.Add(word);
            }
        }
        return words;
    }

    // Words that join the capitalised parts of one name: "Bank of Korea", "Universitas Gadjah Mada", "Ho Chi Minh".
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "del", "van", "von", "bin", "binti", "al", "la", "le", "da", "dos", "&", "and" };

    /// <summary>All unlisted names in <paramref name="sentence"/>.</summary>
    /// <param name="namesInArticle">
    /// Words the article capitalises in the middle of a sentence (folded). A capitalised word at the start of a
    /// sentence is a name only if it is one of them (or an acronym): "Cadangan devisa …" is no name. Null: unknown.
    /// </param>
    public IReadOnlyList<NameHit> Find(string sentence, string language, IReadOnlySet<string>? namesInArticle = null)
    {
        var hits = new List<NameHit>();
        if (language is "ko" or "zh")
        {
            FindLatinRuns(sentence, hits);
            FindCjkOrganisations(sentence, language, hits);
            FindCjkFacilities(sentence, language, hits);
            FindCjkPersons(sentence, hits);
        }
        else
        {
            FindCapitalisedRuns(sentence, namesInArticle, hits);
        }
        FindQuoted(sentence, hits);
        return Deduplicate(hits);
    }

    // A romanized word shorter than this ("han", "sa") meets too many unrelated Latin names.
    private const int MinSoundKeyLength = 4;

    /// <summary>
    /// The sound keys (<see cref="HangulRomanizer.SoundKey"/>) of the Korean words of <paramref name="sentence"/> of two
    /// syllables or more, with and without their particle and place suffix (강남역에서 → gangnamyeok, gangnam). Most
    /// are ordinary words: they only count where another article of the run writes the same key as a Latin name.
    /// </summary>
    public IEnumerable<string> RomanizedWords(string sentence)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in HangulWordPattern().Matches(sentence))
        {
            var stripped = ContextWords.StripKoreanParticle(m.Value);
            foreach (var word in new[] { m.Value, stripped })
            {
                AddSoundKey(word, keys);
                foreach (var suffix in cues.PlaceSuffixesKo)
                {
                    if (word.Length - suffix.Length >= 2 && word.EndsWith(suffix, StringComparison.Ordinal))
                    {
                        AddSoundKey(word[..^suffix.Length], keys);
                        break;
                    }
                }
            }
        }
        return keys;
    }

    // Chinese has no spaces: every run of two to four characters is read, and only those another article writes as
    // a Latin name count (see RomanizedWords). Korean names of places and bodies are two to four characters long.
    private const int LongestHanName = 4;

    /// <summary>
    /// The sound keys of the Chinese character runs of <paramref name="sentence"/> read the Sino-Korean way (江南站 →
    /// 강남, 강남참, … → gangnam, …): Chinese news writes Korean places in characters that English writes in Latin
    /// letters. Like <see cref="RomanizedWords"/>, most keys are ordinary words that tie to nothing.
    /// </summary>
    public IEnumerable<string> HanReadings(string sentence)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in HanRunPattern().Matches(sentence))
        {
            var run = m.ValueSpan;
            for (var start = 0; start + 2 <= run.Length; start++)
            {
                for (var length = 2; length <= LongestHanName && start + length <= run.Length; length++)
                {
                    if (HanjaReader.Read(run.Slice(start, length)) is { } hangul)
                    {
                        AddSoundKey(hangul, keys);
                    }
                }
            }
        }
        return keys;
    }

    private static void AddSoundKey(string word, HashSet<string> keys)
    {
        var key = HangulRomanizer.SoundKey(HangulRomanizer.Romanize(word));
        if (key.Length >= MinSoundKeyLength)
        {
            keys.Add(key);
        }
    }

    private void FindCapitalisedRuns(string sentence, IReadOnlySet<string>? namesInArticle, List<NameHit> hits)
    {
        // Word positions only: most words are no name part, so only those a run takes become strings. The list is the
        // thread's own, reused from sentence to sentence (growing a new one per sentence cost more than reading it).
        var tokens = t_tokens ??= [];
        tokens.Clear();
        foreach (var match in TokenPattern().EnumerateMatches(sentence))
        {
            tokens.Add(new Token(match.Index, match.Length, null));
        }
        var run = t_run ??= [];
        run.Clear();
        for (var i = 0; i <= tokens.Count; i++)
        {
            Token? token = i < tokens.Count ? tokens[i] : null;
            var joins = token is { } t && run.Count > 0 && OnlySpaceBetween(sentence, run[^1], t);
            var isNamePart = token is { } part && IsNamePart(sentence.AsSpan(part.Index, part.Length));
            if (isNamePart && (run.Count == 0 || joins))
            {
                run.Add(token!.Value.WithText(sentence));
                continue;
            }
            if (token is { } connector && joins && ConnectorLookup.Contains(sentence.AsSpan(connector.Index, connector.Length)) && i + 1 < tokens.Count
                && IsNamePart(sentence.AsSpan(tokens[i + 1].Index, tokens[i + 1].Length)) && OnlySpaceBetween(sentence, connector, tokens[i + 1]))
            {
                run.Add(connector.WithText(sentence));
                continue;
            }
            if (run.Count > 0)
            {
                AddRun(sentence, run, namesInArticle, hits);
                run.Clear();
            }
            if (isNamePart)
            {
                run.Add(token!.Value.WithText(sentence));
            }
        }
    }

    [ThreadStatic]
    private static List<Token>? t_tokens;

    [ThreadStatic]
    private static List<Token>? t_run;

    /// <summary>A word of a sentence; its text is made only for the words a name run takes.</summary>
    private readonly record struct Token(int Index, int Length, string? Text)
    {
        public string Value => Text!;

        public Token WithText(string sentence) => this with { Text = sentence.Substring(Index, Length) };
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private void AddRun(string sentence, List<Token> run, IReadOnlySet<string>? namesInArticle, List<NameHit> hits)
    {
        var first = 0;
        // Leading words that are capitalised only because they start the sentence or are titles: "Menurut", "President".
        while (first < run.Count && (IsNotName(run[first].Value) || (first == 0 && StartsSentence(sentence, run[0].Index) && IsOrdinaryWord(run[0].Value, namesInArticle))))
        {
            first++;
        }
        while (first < run.Count && Connectors.Contains(run[first].Value))
        {
            first++;
        }
        var last = run.Count - 1;
        while (last >= first && (IsNotName(run[last].Value) && !cues.OrgSuffixesLatin.Contains(Fold(run[last].Value)) || Connectors.Contains(run[last].Value)))
        {
            last--;
        }
        if (last < first)
        {
            return;
        }
        if (first == last && namesInArticle is ArticleWords article && IsCapitalisedWord(run[first].Value)
            && article.AlsoLowerCase.Contains(run[first].Value.ToLowerInvariant()))
        {
            // "Ingredients", "Instructions", "Fat", "Originally": a heading or a label capitalises an ordinary word the
            // article also writes in lower case; one such word alone is no name.
            return;
        }
        var start = run[first].Index;
        var end = run[last].Index + run[last].Length;
        if (first == last && (AbbreviatesWordsBefore(sentence, start, end) || IsTickerSuffix(sentence, start)))
        {
            return;
        }
        var words = new string[last - first + 1];
        for (var k = 0; k < words.Length; k++)
        {
            words[k] = run[first + k].Value;
        }
        var isOrg = cues.OrgSuffixesLatin.Contains(Fold(words[^1])) || HasOrgPrefix(sentence, start);
        var isPerson = !isOrg && HasPersonTitle(sentence, start);
        var isFacility = !isOrg && IsFacility(sentence, start, end);
        var key = KeyOf(WithoutFeatureWords(words));
        if (key.Length == 0)
        {
            return;
        }
        if (isOrg && namesInArticle is ArticleWords articleWords && !key.Contains(' ') && articleWords.AlsoLowerCase.Contains(key))
        {
            // "Health Ministry", "Police Department": an ordinary word the article also writes in lower case, with a
            // body's marker, names a kind of body, not one a story could be told apart by.
            return;
        }
        hits.Add(new NameHit(start, end - start, "name:" + key, sentence[start..end], isOrg ? NameKind.Organisation : isFacility ? NameKind.Facility : isPerson ? NameKind.Person : NameKind.Name));
    }

    /// <summary>
    /// "sân bay Tân Sơn Nhất", "Bandara Kualanamu", "Noi Bai airport", "Changi International Airport": a facility word
    /// before, after or ending the name makes it an airport, port or station, whose traffic is its own figure.
    /// </summary>
    private bool IsFacility(string sentence, int start, int end)
    {
        var name = sentence.AsSpan(start, end - start);
        foreach (var m in cues.FacilityBefore)
        {
            if (PrecededBy(sentence, start, m) || StartsWithWords(name, m))
            {
                return true;
            }
        }
        foreach (var m in _facilityAfterLatin)
        {
            if (FollowedBy(sentence, end, m) || EndsWithWords(name, m))
            {
                return true;
            }
        }
        return false;
    }

    // The Korean and Chinese facility words of two letters or more (역 and 港 end too many ordinary words).
    private readonly string[] _cjkFacilityWords = [.. cues.FacilityAfter.Where(s => s.Length >= 2 && IsCjk(s))];

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    // The facility words after a name that are written in Latin script: Korean and Chinese ones are read apart.
    private readonly string[] _facilityAfterLatin = [.. cues.FacilityAfter.Where(m => !IsCjk(m))];

    /// <summary>Whether the words right after <paramref name="end"/> are <paramref name="phrase"/> (case-insensitive, whole words).</summary>
    private static bool FollowedBy(string sentence, int end, string phrase)
    {
        var from = end;
        while (from < sentence.Length && sentence[from] == ' ')
        {
            from++;
        }
        var to = from + phrase.Length;
        return from > end && to <= sentence.Length && string.Compare(sentence, from, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (to == sentence.Length || !char.IsLetter(sentence[to]));
    }

    private static bool StartsWithWords(ReadOnlySpan<char> name, string phrase) =>
        name.Length > phrase.Length && name.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && name[phrase.Length] == ' ';

    private static bool EndsWithWords(ReadOnlySpan<char> name, string phrase) =>
        name.Length > phrase.Length && name.EndsWith(phrase, StringComparison.OrdinalIgnoreCase) && name[^(phrase.Length + 1)] == ' ';

    private static bool IsCjk(string word) =>
        word.AsSpan().IndexOfAnyInRange(FirstHangul, LastHangul) >= 0 || word.AsSpan().IndexOfAnyInRange(FirstHan, LastHan) >= 0;

    /// <summary>
    /// "인천공항", "新山一机场": a Korean or Chinese word ending in a facility word (of two letters or more: 역 and 港
    /// end too many ordinary words) names an airport, port or station.
    /// </summary>
    private void FindCjkFacilities(string sentence, string language, List<NameHit> hits)
    {
        var pattern = language == "ko" ? HangulWordPattern() : HanRunPattern();
        foreach (var match in pattern.EnumerateMatches(sentence))
        {
            // The word is the match or its start (a particle cut off): one that holds no facility word names no facility.
            if (!ContainsAny(sentence.AsSpan(match.Index, match.Length), _cjkFacilityWords))
            {
                continue;
            }
            var m = (Index: match.Index, Value: sentence.Substring(match.Index, match.Length));
            var word = language == "ko" ? ContextWords.StripKoreanParticle(m.Value) : m.Value;
            foreach (var suffix in _cjkFacilityWords)
            {
                var at = word.IndexOf(suffix, StringComparison.Ordinal);
                if (at >= 2 && (language != "ko" || at + suffix.Length == word.Length))
                {
                    var name = word[..(at + suffix.Length)];
                    hits.Add(new NameHit(m.Index, name.Length, "name:" + name, name, NameKind.Facility));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "demam berdarah dengue (DBD)", "gross domestic product (GDP)": capitals in brackets that are the initials of
    /// the lower-case words just before them shorten a common noun, not a name.
    /// </summary>
    private static bool AbbreviatesWordsBefore(string sentence, int start, int end)
    {
        var text = sentence[start..end];
        if (text.Length is < 2 or > 6 || !text.All(char.IsUpper) || start < 2 || sentence[start - 1] != '(' || end >= sentence.Length || sentence[end] != ')')
        {
            return false;
        }
        var words = sentence[..(start - 1)].TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < text.Length)
        {
            return false;
        }
        var initials = words[^text.Length..];
        return initials.All(w => w.Length > 0 && char.IsLower(w[0]))
            && string.Concat(initials.Select(w => char.ToUpperInvariant(w[0]))) == text;
    }

    /// <summary>"(00144.HK)", "(BBCA.JK)"-like codes: letters right after a number and a dot name an exchange, not a party.</summary>
    private static bool IsTickerSuffix(string sentence, int start) =>
        start >= 2 && sentence[start - 1] == '.' && char.IsDigit(sentence[start - 2]);

    /// <summary>
    /// "Selat Sape", "Sape Strait", "Komodo Island": the word that says what kind of feature a name is (strait, island,
    /// bay) is no part of the name. Other articles write it in lower case ("eo biển Sape") or not at all, and the
    /// strait a ferry sank in and the town it sailed for are one story's place: the key is the name alone, so two
    /// reports of one voyage share it. Airports and ports keep their word: they are subjects of their own traffic.
    /// </summary>
    private string[] WithoutFeatureWords(string[] words)
    {
        var (from, to) = (0, words.Length);
        foreach (var (marker, n) in _featureBefore)
        {
            // The first word must open the marker before the words are joined to compare them.
            if (to - from > n && marker.StartsWith(words[from], StringComparison.OrdinalIgnoreCase) && string.Equals(string.Join(' ', words[from..(from + n)]), marker, StringComparison.OrdinalIgnoreCase))
            {
                from += n;
                break;
            }
        }
        foreach (var (marker, n) in _featureAfter)
        {
            if (to - from > n && marker.EndsWith(words[to - 1], StringComparison.OrdinalIgnoreCase) && string.Equals(string.Join(' ', words[(to - n)..to]), marker, StringComparison.OrdinalIgnoreCase))
            {
                to -= n;
                break;
            }
        }
        return from == 0 && to == words.Length ? words : words[from..to];
    }

    // The feature markers with their number of words, counted once.
    private readonly (string Marker, int Words)[] _featureBefore = [.. cues.FeatureNotInKeyBefore.Select(m => (m, m.Split(' ').Length))];
    private readonly (string Marker, int Words)[] _featureAfter = [.. cues.FeatureNotInKeyAfter.Select(m => (m, m.Split(' ').Length))];

    /// <summary>Name key: folded words without organisation markers, so "PT Sinar Jaya Tbk" and "Sinar Jaya" agree.</summary>
    public string KeyOf(IEnumerable<string> words) => KeyOf(words is string[] array ? array : [.. words]);

    private string KeyOf(string[] words)
    {
        if (words.Length == 1)
        {
            return Fold(words[0]); // kept or not, a single word is its own key
        }
        // The folds go to the thread's own buffer, and the kept ones are moved to its front: one string is made, the key.
        var folded = t_keyWords is { } buffer && buffer.Length >= words.Length ? buffer : t_keyWords = new string[Math.Max(words.Length, 8)];
        var kept = 0;
        for (var i = 0; i < words.Length; i++)
        {
            folded[i] = Fold(words[i]);
        }
        for (var i = 0; i < words.Length; i++)
        {
            var w = folded[i];
            if (!cues.OrgSuffixesLatin.Contains(w) && Array.IndexOf(cues.OrgPrefixes, w) < 0)
            {
                folded[kept++] = w;
            }
        }
        // With none kept, none was moved: the buffer still holds every fold ("PT Tbk" keys as itself).
        var key = string.Join(' ', folded.AsSpan(0, kept > 0 ? kept : words.Length));
        Array.Clear(folded, 0, words.Length);
        return key;
    }

    [ThreadStatic]
    private static string[]? t_keyWords;

    private void FindLatinRuns(string sentence, List<NameHit> hits)
    {
        foreach (Match m in LatinRunPattern().Matches(sentence))
        {
            var text = m.Value.TrimEnd('.', '-');
            if (text.Length < 2 || !text.Any(char.IsUpper))
            {
                continue;
            }
            var words = text.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
            if (words.All(IsNotName) || IsTickerSuffix(sentence, m.Index))
            {
                continue;
            }
            var isOrg = cues.OrgSuffixesCjk.Any(s => sentence.AsSpan(m.Index + text.Length).TrimStart().StartsWith(s, StringComparison.Ordinal));
            hits.Add(new NameHit(m.Index, text.Length, "name:" + KeyOf(words), text, isOrg ? NameKind.Organisation : NameKind.Name));
        }
    }

    private void FindCjkOrganisations(string sentence, string language, List<NameHit> hits)
    {
        var pattern = language == "ko" ? HangulWordPattern() : HanRunPattern();
        foreach (var match in pattern.EnumerateMatches(sentence))
        {
            // The word is the match or its start (a particle cut off): one that holds no marker names no organisation.
            if (!ContainsAny(sentence.AsSpan(match.Index, match.Length), cues.OrgSuffixesCjk))
            {
                continue;
            }
            var m = (Index: match.Index, Value: sentence.Substring(match.Index, match.Length));
            var word = language == "ko" ? ContextWords.StripKoreanParticle(m.Value) : m.Value;
            foreach (var suffix in cues.OrgSuffixesCjk)
            {
                var at = word.IndexOf(suffix, StringComparison.Ordinal);
                // The marker ends the name (삼성전자는 → 삼성전자); a bare marker (은행, 公司) is no name.
                if (at > 0 && (language == "ko" ? at + suffix.Length == word.Length : true))
                {
                    var name = language == "ko" ? word : word[..(at + suffix.Length)];
                    var stem = name[..^suffix.Length];
                    if (stem.Length >= 1)
                    {
                        hits.Add(new NameHit(m.Index, name.Length, "name:" + name, name, NameKind.Organisation));
                    }
                    break;
                }
            }
        }
    }

    private void FindCjkPersons(string sentence, List<NameHit> hits)
    {
        foreach (var title in cues.PersonTitlesCjk)
        {
            var from = 0;
            while ((from = sentence.IndexOf(title, from, StringComparison.Ordinal)) > 0)
            {
                // Korean writes "홍길동 장관", Chinese "部长王明" or "王明部长": take the 2–4 letters before the title.
                var end = from;
                while (end > 0 && sentence[end - 1] == ' ')
                {
                    end--;
                }
                var start = end;
                while (start > 0 && end - start < 4 && IsHangulOrHan(sentence[start - 1]))
                {
                    start--;
                }
                if (end - start >= 2)
                {
                    var name = sentence[start..end];
                    hits.Add(new NameHit(start, end - start, "name:" + name, name, NameKind.Person));
                }
                from += title.Length;
            }
        }
    }

    private void FindQuoted(string sentence, List<NameHit> hits)
    {
        foreach (Match m in QuotedPattern().Matches(sentence))
        {
            var inner = m.Groups[1];
            var text = inner.Value.Trim();
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // A short quoted title ("Stargate", “Making Indonesia 4.0”), not a quoted remark.
            if (words.Length > 5 || text.IndexOfAny(['.', ',', '!', '?', '。', '，']) >= 0 || !(char.IsUpper(text[0]) || IsHangulOrHan(text[0])))
            {
                continue;
            }
            hits.Add(new NameHit(inner.Index, inner.Length, "name:" + KeyOf(words), text, NameKind.Name));
        }
    }

    private static List<NameHit> Deduplicate(List<NameHit> hits)
    {
        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var result = new List<NameHit>(hits.Count);
        foreach (var hit in hits)
        {
            if (result.Count > 0 && hit.Start < result[^1].End)
            {
                continue; // overlaps a longer or earlier name
            }
            result.Add(hit);
        }
        return result;
    }

    private static bool IsNamePart(ReadOnlySpan<char> token) =>
        token.Length > 0 && (char.IsUpper(token[0]) || (token.Length > 1 && AnyUpper(token[1..]) && AnyLetter(token)))
        && !AllDigits(token);

    private static bool AnyUpper(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private bool IsNotName(string token)
    {
        if (token.Length <= MaxStackWord && Ascii.IsValid(token))
        {
            // Without marks, the lowered, composed and folded forms are one: looked up as a span, no string made.
            Span<char> buffer = stackalloc char[MaxStackWord];
            var lowered = buffer[..token.Length];
            token.AsSpan().ToLowerInvariant(lowered);
            return _notNamesMarked.Contains(lowered) || _notNames.Contains(lowered)
                || (lowered.EndsWith("'s", StringComparison.Ordinal) && _notNames.Contains(lowered[..^2]))
                || IsRomanNumeral(token) || IsSpanOfNoNames(token);
        }
        // A word with marks is compared with its marks ("Nhất" is a name's syllable, "Nhật" a weekday's); one
        // without marks with the folded list.
        var lower = LowerNormalized(token);
        if (cues.NotNamesMarked.Contains(lower))
        {
            return true;
        }
        var folded = Fold(token);
        return cues.NotNames.Contains(folded) || cues.NotNames.Contains(WithoutPossessive(folded))
            || IsRomanNumeral(token) || IsSpanOfNoNames(token);
    }

    /// <summary>The token in lower case and composed (FormC), as the marked not-names are kept.</summary>
    private static string LowerNormalized(string token)
    {
        if (Ascii.IsValid(token))
        {
            return token.ToLowerInvariant();
        }
        // Normalising asks ICU each time: like the folds, each thread keeps the tokens with marks it has read.
        return ThreadMemo.Kept(ref t_lowered, token, static t => InvariantLower.Of(t).Normalize(), MaxKeptFolds);
    }

    [ThreadStatic]
    private static Dictionary<string, string>? t_lowered;

    /// <summary>
    /// "October-December", "Senin-Jumat", "Jan-Mar": a span of months or weekdays written as one hyphenated word is a
    /// period, as each of its parts is; a name joins at least one part that is a name ("Coca-Cola", "Al-Ahly").
    /// </summary>
    private bool IsSpanOfNoNames(string token)
    {
        if (token.IndexOf('-') <= 0)
        {
            return false;
        }
        var parts = token.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts.All(p => p.All(char.IsDigit) || IsNotName(p));
    }

    /// <summary>"Wednesday's", "President's": a word that is no name stays none with a possessive.</summary>
    private static string WithoutPossessive(string folded) =>
        folded.EndsWith("'s", StringComparison.Ordinal) ? folded[..^2] : folded;

    /// <summary>"Quý IV", "Kuartal III": a numeral, not a name.</summary>
    private static bool IsRomanNumeral(string token) => token.Length <= 4 && token.All(c => c is 'I' or 'V' or 'X');

    /// <summary>Capitalised like a word, not an acronym: "Fat", not "EPA" or "iPhone".</summary>
    private static bool IsCapitalisedWord(string token) => char.IsUpper(token[0]) && !AnyUpper(token.AsSpan(1));

    private static bool IsOrdinaryWord(string token, IReadOnlySet<string>? namesInArticle) =>
        !AnyUpper(token.AsSpan(1)) && namesInArticle is not null && !namesInArticle.Contains(Fold(token));

    // Longer ASCII words are looked up as strings.
    private const int MaxStackWord = 64;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _notNames = cues.NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _notNamesMarked = cues.NotNamesMarked.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool HasOrgPrefix(string sentence, int start) => PrecededByAny(sentence, start, cues.OrgPrefixes);

    private bool HasPersonTitle(string sentence, int start) => PrecededByAny(sentence, start, cues.PersonTitlesLatin);

    private static bool PrecededByAny(string sentence, int start, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (PrecededBy(sentence, start, phrase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the words right before <paramref name="start"/> are <paramref name="phrase"/> (case-insensitive).</summary>
    private static bool PrecededBy(string sentence, int start, string phrase)
    {
        var end = start;
        while (end > 0 && sentence[end - 1] == ' ')
        {
            end--;
        }
        var from = end - phrase.Length;
        return from >= 0 && string.Compare(sentence, from, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (from == 0 || !char.IsLetter(sentence[from - 1]));
    }

    private static bool StartsSentence(string sentence, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (char.IsLetterOrDigit(sentence[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool OnlySpaceBetween(string text, Token left, Token right)
    {
        var gap = right.Index - (left.Index + left.Length);
        return gap == 1 && text[left.Index + left.Length] == ' ';
    }

    // Hangul syllables and CJK unified ideographs.
    private const char FirstHangul = '\uAC00', LastHangul = '\uD7A3', FirstHan = '\u4E00', LastHan = '\u9FFF';

    private static bool IsHangulOrHan(char c) => c is >= FirstHangul and <= LastHangul or >= FirstHan and <= LastHan;

    /// <summary>Lower case without diacritics ("Hàn" → "han"), so spellings with and without marks agree.</summary>
    public static string Fold(string word)
    {
        if (Ascii.IsValid(word))
        {
            return word.ToLowerInvariant();
        }
        // Words with marks cost two normalisations each, and an article repeats its names from sentence to sentence:
        // each thread keeps the folds it made (cleared when full, so a long run holds no more than a few thousand).
        return ThreadMemo.Kept(ref t_folds, word, FoldWithMarks, MaxKeptFolds);
    }

    private const int MaxKeptFolds = 4096;

    [ThreadStatic]
    private static Dictionary<string, string>? t_folds;

    private static string FoldWithMarks(string word)
    {
        var lower = word.ToLower(CultureInfo.InvariantCulture).Replace('’', '\'');
        if (System.Text.Ascii.IsValid(lower))
        {
            return lower;
        }
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c == 'đ' ? 'd' : c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}

/// <summary>
/// The folded words an article capitalises inside sentences, and which of those (lower case, with their marks) it
/// also writes in lower case: an ordinary word capitalised by a heading or a label, not a name.
/// </summary>
public sealed class ArticleWords : HashSet<string>
{
    public ArticleWords()
        : base(StringComparer.Ordinal)
    {
    }

    public HashSet<string> AlsoLowerCase { get; } = new(StringComparer.Ordinal);
}

public enum NameKind
{
    Name,
    Person,
    Organisation,
    /// <summary>An airport, port or station: the place whose traffic (passengers, flights, containers) it counts.</summary>
    Facility,
}

/// <param name="Key">"name:" + folded words; equal keys in two articles mean the same written name.</param>
public readonly record struct NameHit(int Start, int Length, string Key, string Text, NameKind Kind)
{
    public int End => Start + Length;
}
