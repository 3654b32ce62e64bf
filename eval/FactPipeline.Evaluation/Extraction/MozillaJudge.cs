using System.Globalization;
using System.Text.RegularExpressions;

namespace FactPipeline.Evaluation.Extraction;

/// <summary>One extractor's result on one Mozilla page, judged against Readability's golden (null: the golden has none).</summary>
public sealed record MozillaJudgement(string? Text, double F1, string? Title, bool? TitleRight, bool? TitleSuffixAside, string? Byline, bool? BylineRight, bool? DayRight);

/// <summary>
/// How the Mozilla Readability test pages are scored (the set's README): body text by 4-word shingle F1 as for AEB, the
/// title exact after whitespace normalisation, the byline by containment, the publish day against the golden's own.
/// Shared by `bench mozilla` and the ratchet test, so both count the same way.
/// </summary>
public static partial class MozillaJudge
{
    /// <summary>The URL Readability's own test harness gives every page: the pages come without theirs.</summary>
    public const string PageUrl = "http://fakehost/test/page.html";

    public static MozillaJudgement Judge(MozillaExpected expected, string expectedText, string? text, string? title, string? byline, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var f1 = ShingleScorer.PageScores(expectedText, text).F1;
        bool? titleRight = expected.Title.Length == 0 ? null : Normalise(title) == Normalise(expected.Title);
        bool? titleAside = expected.Title.Length == 0 ? null : TitleMatchesSuffixAside(Normalise(title), Normalise(expected.Title));
        bool? bylineRight = Normalise(expected.Byline).Length == 0 ? null : BylineMatches(byline, expected.Byline);
        bool? dayRight = ExpectedDay(expected.PublishedTime) is { } day ? published == day : null;
        return new MozillaJudgement(text, f1, title, titleRight, titleAside, byline, bylineRight, dayRight);
    }

    /// <summary>Equal, or one is the other and then a separator-led tail: "How to X" against "How to X | eHow".</summary>
    private static bool TitleMatchesSuffixAside(string ours, string expected)
    {
        if (ours.Length == 0)
        {
            return false;
        }
        var (shorter, longer) = ours.Length <= expected.Length ? (ours, expected) : (expected, ours);
        if (!longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return false;
        }
        var tail = longer[shorter.Length..].TrimStart();
        return tail.Length == 0 || "-|–—·_:»/".Contains(tail[0], StringComparison.Ordinal);
    }

    /// <summary>Lower-cased (invariant) and whitespace-normalised, equal or either containing the other: a byline of
    /// "By Jane Doe" against an author "Jane Doe" names the same person.</summary>
    private static bool BylineMatches(string? found, string expected)
    {
        var ours = Normalise(found).ToLowerInvariant();
        var theirs = Normalise(expected).ToLowerInvariant();
        return ours.Length > 0 && (ours == theirs || ours.Contains(theirs, StringComparison.Ordinal) || theirs.Contains(ours, StringComparison.Ordinal));
    }

    /// <summary>The calendar day the golden states, in its own offset: the first ten characters of every form it uses.</summary>
    private static DateOnly? ExpectedDay(string publishedTime) =>
        publishedTime.Length >= 10 && DateOnly.TryParseExact(publishedTime[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string Normalise(string? text) => Whitespace().Replace(text ?? "", " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
