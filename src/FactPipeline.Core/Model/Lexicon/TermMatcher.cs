namespace FactPipeline.Core.Model.Lexicon;

/// <summary>
/// Finds lexicon terms in text with the word-boundary rules each script needs: Korean and Chinese
/// attach particles and compounds to words (예산을, 国家预算), so a term may start or end inside a word
/// there; Latin-script terms must be whole words, except that Indonesian may add the suffix -nya.
/// Short all-letter names (AS, UE, AI, LG) must be written in capitals, so "as" in English is not the USA.
/// </summary>
internal sealed class TermMatcher
{
    private readonly (string Term, string Id)[] _terms;
    private readonly bool _shortNamesInCapitals;

    /// <param name="shortNamesInCapitals">True for names (AS, UE, LG); concept words like "tim" are lower case.</param>
    public TermMatcher(IEnumerable<(string Term, string Id)> terms, bool shortNamesInCapitals)
    {
        _shortNamesInCapitals = shortNamesInCapitals;
        // Longest first, so "unit pemroses grafis" wins over "gpu" at the same place.
        _terms = terms
            .Select(t => (ConceptLexicon.Fold(t.Term), t.Id))
            .Distinct()
            .OrderByDescending(t => t.Item1.Length)
            .ToArray();
    }

    public IReadOnlyList<TermHit> FindAll(string text)
    {
        var folded = ConceptLexicon.Fold(text);
        var hits = new List<TermHit>();
        var taken = new bool[folded.Length];
        foreach (var (term, id) in _terms)
        {
            var from = 0;
            while (from < folded.Length)
            {
                var at = folded.IndexOf(term, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }
                from = at + 1;
                if (taken[at] || !IsBoundedMatch(text, folded, at, term, _shortNamesInCapitals))
                {
                    continue;
                }
                hits.Add(new TermHit(id, at, term.Length));
                Array.Fill(taken, true, at, term.Length);
            }
        }
        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return hits;
    }

    private static bool IsBoundedMatch(string original, string folded, int at, string term, bool shortNamesInCapitals)
    {
        var end = at + term.Length;
        var cjkTerm = term.Any(IsCjk);
        if (!cjkTerm)
        {
            if (at > 0 && char.IsLetterOrDigit(folded[at - 1]))
            {
                return false;
            }
            if (end < folded.Length && char.IsLetterOrDigit(folded[end]) && !HasNyaSuffix(folded, end)
                && !IsHangul(folded[end]))
            {
                return false;
            }
            if (shortNamesInCapitals && term.Length <= 3 && term.All(char.IsLetter) && !original.AsSpan(at, term.Length).ToString().All(char.IsUpper))
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasNyaSuffix(string folded, int end) =>
        string.CompareOrdinal(folded, end, "nya", 0, 3) == 0
        && (end + 3 == folded.Length || !char.IsLetterOrDigit(folded[end + 3]));

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    private static bool IsCjk(char c) => IsHangul(c) || c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
