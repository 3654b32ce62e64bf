using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Review.Corrections;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactPipeline.Web.Pages.Findings;

/// <summary>One finding: its figures side by side with their sentences, its audit trail, related findings, the decision form.</summary>
public sealed class FindingModel(ReviewDesk desk, IArticleVersionStore versions) : PageModel
{
    public FindingDetail Detail { get; private set; } = null!;

    /// <summary>
    /// For a correction, per claim id: "before" with the last fetch of the old text, "after" with the first fetch of the
    /// new one (the change happened between them). Empty for any other finding.
    /// </summary>
    public IReadOnlyDictionary<string, (bool Before, DateTimeOffset FetchedAt)> Versions { get; private set; } =
        new Dictionary<string, (bool, DateTimeOffset)>();

    /// <summary>Set by the decision post when it refused the form, shown next to it.</summary>
    public string? Problem { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var detail = await desk.FindAsync(id, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }
        Detail = detail;
        if (detail.Finding.Severity == Severity.Correction && detail.Finding.Figures is [var was, .., var now])
        {
            var fetched = new Dictionary<string, (bool, DateTimeOffset)>(StringComparer.Ordinal);
            if (await versions.FindVersionAsync(was.Source, was.ArticleId, cancellationToken) is { } before)
            {
                fetched[was.ClaimId] = (true, before.LastFetchedAt);
            }
            if (await versions.FindVersionAsync(now.Source, now.ArticleId, cancellationToken) is { } after)
            {
                fetched[now.ClaimId] = (false, after.FirstFetchedAt);
            }
            Versions = fetched;
        }
        return Page();
    }

    /// <summary>A fetch time as the page shows it: UTC, to the minute, as the explanation writes it.</summary>
    public static string FetchTime(DateTimeOffset at) => CorrectionFinding.Time(at);

    /// <summary>The sentence cut around the figure, for highlighting it; the whole sentence unmarked if the offsets do not fit.</summary>
    public static (string Before, string Figure, string After) Cut(TrackedFigure figure)
    {
        var at = figure.ValueOffset;
        var length = figure.ValueText.Length;
        return at >= 0 && at + length <= figure.Quote.Length && figure.Quote.AsSpan(at, length).SequenceEqual(figure.ValueText)
            ? (figure.Quote[..at], figure.ValueText, figure.Quote[(at + length)..])
            : (figure.Quote, "", "");
    }
}
