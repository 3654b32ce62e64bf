using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims.Scopes;

/// <summary>
/// Where a sentence opens on the whole its counts are a part of (data file <c>partitive-cues.json</c>, five languages):
/// the figure of the sentence before ("Of that number, 480 are in Malaysia", "Dari jumlah tersebut, ...", "이 가운데
/// ...", "Trong số đó, ...", "其中...") or a noun phrase without a figure ("Of the affected employees, ...", "受影响员工中，
/// ..."). Newsrooms give a total in one sentence and a part of it in the next; the part counts what the total counts.
/// </summary>
public sealed class PartitiveOpeners
{
    // A named whole is a short noun phrase: longer, the comma closes some other clause.
    private const int MaxLatinWhole = 60;
    private const int MaxHanOrHangulWhole = 20;

    private readonly string[] _anaphoric;
    private readonly (string Before, string After)[] _named;

    private PartitiveOpeners(FileShape file)
    {
        Anaphoric = file.Anaphoric;
        NamedWhole = file.NamedWhole;
        _anaphoric = [.. file.Anaphoric.Values.SelectMany(w => w).Select(w => w.ToLowerInvariant()).Distinct().OrderByDescending(w => w.Length)];
        _named = [.. file.NamedWhole.Values.SelectMany(c => c.Before.SelectMany(b => c.After.Select(a => (b.ToLowerInvariant(), a.ToLowerInvariant()))))
            .Distinct().OrderByDescending(c => c.Item1.Length)];
    }

    /// <summary>The raw lists per language, for the test that each covers the five languages.</summary>
    public IReadOnlyDictionary<string, string[]> Anaphoric { get; }

    public IReadOnlyDictionary<string, WholeCues> NamedWhole { get; }

    public static PartitiveOpeners Load() => new(EmbeddedJson.Load("partitive-cues.json", ClaimsDataJson.Default.PartitiveCuesFile));

    /// <summary>The sentence's partitive opener, or null when it opens on none.</summary>
    public PartitiveOpener? Read(string sentence)
    {
        var start = 0;
        while (start < sentence.Length && (char.IsWhiteSpace(sentence[start]) || sentence[start] is '"' or '\'' or '“' or '‘' or '「' or '-' or '–' or '—'))
        {
            start++;
        }
        var text = sentence.AsSpan(start);
        foreach (var cue in _anaphoric)
        {
            if (text.StartsWith(cue, StringComparison.OrdinalIgnoreCase) && EndsAsWord(text, cue.Length, cue))
            {
                return new PartitiveOpener(start + cue.Length, start, start + cue.Length, Anaphoric: true);
            }
        }
        foreach (var (before, after) in _named)
        {
            if (!text.StartsWith(before, StringComparison.OrdinalIgnoreCase) || (before.Length > 0 && !EndsAsWord(text, before.Length, before)))
            {
                continue;
            }
            var wholeStart = before.Length;
            var max = after.Any(c => c > '\u3000') ? MaxHanOrHangulWhole : MaxLatinWhole;
            var reach = text[wholeStart..Math.Min(text.Length, wholeStart + max + after.Length)];
            var at = reach.IndexOf(after, StringComparison.OrdinalIgnoreCase);
            if (at <= 0 || reach[..at].Trim().IsEmpty || reach[..at].IndexOfAny("0123456789,，;；:：") >= 0
                || !EndsAsWord(text, wholeStart + at + after.Length, after))
            {
                continue; // no noun phrase, or one with a figure (the recogniser's "Of the 800 voters, 210 …")
            }
            return new PartitiveOpener(start + wholeStart + at + after.Length, start + wholeStart, start + wholeStart + at, Anaphoric: false);
        }
        return null;
    }

    /// <summary>Latin and Hangul cues end as words ("이 중" is not "이 중국"); Han ones and those ending in a comma may run on.</summary>
    private static bool EndsAsWord(ReadOnlySpan<char> text, int end, string cue) =>
        end >= text.Length || !char.IsLetterOrDigit(text[end]) || cue[^1] is ',' or '，' || IsHan(cue[^1]);

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    public sealed record WholeCues(string[] Before, string[] After);

    internal sealed record FileShape(Dictionary<string, string[]> Anaphoric, Dictionary<string, WholeCues> NamedWhole);
}

/// <summary>A sentence's partitive opener: where it ends, and where the whole it names is (the cue itself when anaphoric).</summary>
public sealed record PartitiveOpener(int End, int WholeStart, int WholeEnd, bool Anaphoric);
