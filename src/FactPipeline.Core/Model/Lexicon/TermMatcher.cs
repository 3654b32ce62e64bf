namespace FactPipeline.Core.Model.Lexicon;

/// <summary>How a term's capitalisation must appear in the text.</summary>
internal enum CaseRule
{
    /// <summary>Any capitalisation (concept words; names in scripts without case).</summary>
    Any,
    /// <summary>Starts with a capital, as proper names do: "Turkey", not "turkey"; "KOREA" in a headline is fine.</summary>
    Capitalised,
    /// <summary>Exactly as written: "AS" and "US", not "as" and "us"; "Grab" the company, not "grab" the verb.</summary>
    Exact,
}

/// <summary>A term to find, the id it stands for, and the rules a match must pass.</summary>
/// <param name="Standalone">
/// For names that are also common words or given names ("Đức", "Jordan", "인도"): a Latin-script one must not
/// be part of a longer capitalised name ("Nguyễn Văn Đức", "Michael Jordan"), a Hangul one must start a word.
/// </param>
internal readonly record struct MatchTerm(string Term, string Id, CaseRule Case = CaseRule.Any, bool Standalone = false);

/// <summary>
/// Finds lexicon terms in text with the word-boundary rules each script needs: Korean and Chinese
/// attach particles and compounds to words (예산을, 国家预算), so a term may start or end inside a word
/// there; Latin-script terms must be whole words, except that Indonesian may add the suffix -nya and that
/// Korean and Chinese text glue Latin words to their own ("GPU를", "使用GPU").
/// </summary>
/// <remarks>
/// Terms sit in a trie over their folded form, walked from every place a term may start: the cost grows with the
/// text, not with the number of terms, so thousands of names cost about as much as thirty. At each start the
/// longest term that passes its rules wins ("Korea Utara" over "Korea", "인도네시아" over "인도"), and the scan
/// resumes after it: leftmost-longest, like a tokenizer.
/// </remarks>
internal sealed class TermMatcher
{
    // Syllables that may follow a short Korean name inside its word: particles (한국은, 미국의, 중국과) and the
    // suffixes news attaches to a country (중국산, 미국발, 한국형, 영국령). Anything else makes another word:
    // 대만족 (great satisfaction), 호주머니 (pocket), 인도적 (humanitarian), 러시아워 (rush hour).
    private const string KoreanNameSuffixes = "은는이가을를의에와과도로으만까부보처엔랑나며서산측인계발판형행전팀내식령대정기";
    private const int ShortKoreanName = 3;
    // One- and two-syllable names also hide inside other words (모델 holds 델, 호주머니 호주): they must start one.
    private const int TinyKoreanName = 2;

    private readonly List<Candidate[]?> _terminals = [null];
    private readonly bool _names;

    // The trie's edges, frozen after it is built: every character's child of the root in a table (a term may start at
    // almost every word), and each other node's children side by side, sorted by character (most have one or two).
    private readonly int[] _rootChildren = new int[char.MaxValue + 1];
    private readonly int[] _firstChild;
    private readonly char[] _childChars;
    private readonly int[] _childNodes;

    /// <param name="names">
    /// True for entity names: Hangul names of up to three syllables must end their word or take a particle (those of
    /// one or two must also start it), and a name right before "$" is a currency prefix ("US$", "HK$"), not the place.
    /// </param>
    public TermMatcher(IEnumerable<MatchTerm> terms, bool names)
    {
        _names = names;
        var edges = new Dictionary<long, int>();
        var byNode = new Dictionary<int, List<Candidate>>();
        foreach (var term in terms)
        {
            var folded = ConceptLexicon.Fold(term.Term.Trim());
            if (folded.Length == 0)
            {
                continue;
            }
            var node = 0;
            foreach (var c in folded)
            {
                var key = Key(node, c);
                if (!edges.TryGetValue(key, out var next))
                {
                    next = _terminals.Count;
                    _terminals.Add(null);
                    edges.Add(key, next);
                }
                node = next;
            }
            var list = byNode.TryGetValue(node, out var existing) ? existing : byNode[node] = [];
            var candidate = new Candidate(term.Id, term.Term.Trim(), term.Case, term.Standalone, folded.Any(IsCjk), HangulSyllables(folded));
            if (!list.Contains(candidate))
            {
                list.Add(candidate);
            }
        }
        foreach (var (node, list) in byNode)
        {
            // Stricter rules first: an exact-case reading wins over a looser one of the same letters.
            _terminals[node] = list.OrderByDescending(c => c.Case).ToArray();
        }
        (_firstChild, _childChars, _childNodes) = Freeze(edges, _terminals.Count, _rootChildren);
    }

    private static (int[] FirstChild, char[] Chars, int[] Nodes) Freeze(Dictionary<long, int> edges, int nodes, int[] rootChildren)
    {
        var ordered = edges.Select(e => (Parent: (int)(e.Key >> 16), Char: (char)(e.Key & 0xFFFF), Child: e.Value))
            .OrderBy(e => e.Parent).ThenBy(e => e.Char).ToArray();
        var firstChild = new int[nodes + 1];
        var chars = new char[ordered.Length];
        var children = new int[ordered.Length];
        for (var k = 0; k < ordered.Length; k++)
        {
            var (parent, c, child) = ordered[k];
            if (parent == 0)
            {
                rootChildren[c] = child; // the root is node 0, no node's child: 0 says "none"
            }
            firstChild[parent + 1]++;
            chars[k] = c;
            children[k] = child;
        }
        for (var n = 0; n < nodes; n++)
        {
            firstChild[n + 1] += firstChild[n];
        }
        return (firstChild, chars, children);
    }

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or -1.</summary>
    private int Next(int node, char c)
    {
        if (node == 0)
        {
            var child = _rootChildren[c];
            return child == 0 ? -1 : child;
        }
        // Most nodes have a child or two: a plain scan of the sorted run beats a vectorised search's set-up.
        var end = _firstChild[node + 1];
        for (var k = _firstChild[node]; k < end; k++)
        {
            var child = _childChars[k];
            if (child >= c)
            {
                return child == c ? _childNodes[k] : -1;
            }
        }
        return -1;
    }

    public IReadOnlyList<TermHit> FindAll(string text)
    {
        var folded = ConceptLexicon.Fold(text);
        var hits = new List<TermHit>();
        var i = 0;
        while (i < folded.Length)
        {
            if (!CanStart(folded, i))
            {
                i++;
                continue;
            }
            var best = default(TermHit);
            var found = false;
            var node = 0;
            for (var j = i; j < folded.Length && (node = Next(node, folded[j])) >= 0; j++)
            {
                if (_terminals[node] is not { } candidates)
                {
                    continue;
                }
                foreach (var candidate in candidates)
                {
                    if (Accepts(candidate, text, folded, i, j + 1))
                    {
                        best = new TermHit(candidate.Id, i, j + 1 - i);
                        found = true;
                        break;
                    }
                }
            }
            if (found)
            {
                hits.Add(best);
                i = best.End;
            }
            else
            {
                i++;
            }
        }
        return hits;
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;

    /// <summary>A term may start at a word start, or anywhere in Korean or Chinese text (compounds, no spaces).</summary>
    private static bool CanStart(string folded, int i) =>
        i == 0 || !char.IsLetterOrDigit(folded[i - 1]) || IsCjk(folded[i]) || IsCjk(folded[i - 1]);

    private bool Accepts(Candidate candidate, string text, string folded, int start, int end)
    {
        if (!candidate.Cjk && end < folded.Length && char.IsLetterOrDigit(folded[end]) && !IsCjk(folded[end]) && !HasNyaSuffix(folded, end))
        {
            return false;
        }
        if (!CaseMatches(candidate, text, start, end))
        {
            return false;
        }
        if (!_names)
        {
            return true;
        }
        if (end < text.Length && text[end] == '$')
        {
            return false;
        }
        if (candidate.HangulSyllables is > 0 and <= ShortKoreanName && end < folded.Length && IsHangul(folded[end])
            && !KoreanNameSuffixes.Contains(folded[end], StringComparison.Ordinal))
        {
            return false;
        }
        if (candidate.HangulSyllables is > 0 and <= TinyKoreanName && start > 0 && IsHangul(folded[start - 1]))
        {
            return false;
        }
        return !candidate.Standalone || IsStandalone(candidate, text, start, end);
    }

    private static bool CaseMatches(Candidate candidate, string text, int start, int end) => candidate.Case switch
    {
        CaseRule.Exact => text.AsSpan(start, end - start).SequenceEqual(candidate.Written),
        CaseRule.Capitalised => char.IsUpper(text[start]) || text[start] == candidate.Written[0],
        _ => true,
    };

    private static bool IsStandalone(Candidate candidate, string text, int start, int end)
    {
        if (candidate.HangulSyllables > 0)
        {
            return start == 0 || !IsHangul(text[start - 1]);
        }
        return !PrecededByNamePart(text, start) && !(end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]));
    }

    /// <summary>
    /// Whether the word before <paramref name="start"/> is a capitalised word of a longer name ("Văn" in "Nguyễn Văn
    /// Đức"). A capital that only marks the start of a sentence ("Tại Đức, ...") is no evidence.
    /// </summary>
    private static bool PrecededByNamePart(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ' || !char.IsLetter(text[start - 2]))
        {
            return false;
        }
        var wordStart = start - 2;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        if (!char.IsUpper(text[wordStart]))
        {
            return false;
        }
        var before = wordStart - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }
        return before >= 0 && !".!?:;\"“”‘'(\n\r".Contains(text[before], StringComparison.Ordinal);
    }

    private static bool HasNyaSuffix(string folded, int end) =>
        string.CompareOrdinal(folded, end, "nya", 0, 3) == 0
        && (end + 3 == folded.Length || !char.IsLetterOrDigit(folded[end + 3]));

    /// <summary>Length of an all-Hangul term (the short-name rules apply to those only), else 0.</summary>
    private static int HangulSyllables(string term) => term.All(IsHangul) ? term.Length : 0;

    internal static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    internal static bool IsCjk(char c) => IsHangul(c) || c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private sealed record Candidate(string Id, string Written, CaseRule Case, bool Standalone, bool Cjk, int HangulSyllables);
}
