using FactPipeline.Core.Model;

namespace FactPipeline.Core.Summaries;

/// <summary>
/// How every report shows <see cref="Severity.Correction"/> findings (one source changing its own figure between two
/// fetches): in a section of their own after the cross-source findings, never counted with them. One place for the
/// words, so the Markdown reports and the digests say the same thing.
/// </summary>
public static class CorrectionSection
{
    public static bool IsCorrection(Finding finding) => finding.Severity == Severity.Correction;

    public static IEnumerable<Finding> Of(IEnumerable<Finding> findings) => findings.Where(IsCorrection);

    public static string Heading(string language) => language == "ko"
        ? "조용한 정정 (같은 주소의 기사가 수치를 바꿈)"
        : "Silent corrections (a page changed its own figure)";

    /// <summary>The tag before each correction, where cross-source findings say CONFLICT or MINOR.</summary>
    public static string Tag(string language) => language == "ko" ? "정정" : "CORRECTION";

    /// <summary>The sentence added to a summary line, or null when there are none: "1 silent correction listed apart".</summary>
    public static string? Note(int count, string language)
    {
        if (count <= 0)
        {
            return null;
        }
        var n = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (language == "ko")
        {
            return $"조용한 정정 {n}건은 따로 표시";
        }
        return count == 1 ? "1 silent correction listed apart" : $"{n} silent corrections listed apart";
    }

    /// <summary>
    /// A correction's earlier claim is from a text of the source the run did not read; it is the same source as the
    /// correction's current claim (the last one), so that article names both rows.
    /// </summary>
    public static Article? ArticleOf(Finding finding, Claim claim, IReadOnlyList<Claim> members, IReadOnlyDictionary<string, Article> articles)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(articles);
        return articles.GetValueOrDefault(claim.ArticleId)
            ?? (IsCorrection(finding) && members.Count > 0 ? articles.GetValueOrDefault(members[^1].ArticleId) : null);
    }
}
