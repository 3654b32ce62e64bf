using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactPipeline.Web.Pages.Findings;

/// <summary>
/// The queue: flagged findings, conflicts first. Its filters live in the query string (<c>?severity=conflict&amp;q=budget&amp;p=2</c>),
/// so a filtered view can be bookmarked and shared.
/// </summary>
public sealed class IndexModel(IFindingQueue queue) : PageModel
{
    [BindProperty(Name = "severity", SupportsGet = true)]
    public string? SeverityText { get; set; }

    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int P { get; set; } = 1;

    public Severity? Severity { get; private set; }

    public FindingQueuePage Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(SeverityText))
        {
            if (!Enum.TryParse<Severity>(SeverityText, ignoreCase: true, out var severity) || !Enum.IsDefined(severity))
            {
                return BadRequest($"unknown severity '{SeverityText}' (conflict, minor, consistent or possible)");
            }
            Severity = severity;
        }
        Result = await queue.QueryAsync(new FindingQueueQuery(Severity, Q, P), cancellationToken);
        return Page();
    }
}
