using FactPipeline.Core.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactPipeline.Web.Pages.Findings;

/// <summary>One finding: its figures side by side with their sentences, its audit trail, related findings, the decision form.</summary>
public sealed class FindingModel(ReviewDesk desk) : PageModel
{
    public FindingDetail Detail { get; private set; } = null!;

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
        return Page();
    }

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
