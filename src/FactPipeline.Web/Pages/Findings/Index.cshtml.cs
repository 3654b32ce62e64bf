using FactPipeline.Core.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactPipeline.Web.Pages.Findings;

/// <summary>
/// The queue: open findings first, conflicts first among them. Its filters live in the query string
/// (<see cref="QueueFilters"/>), so a filtered view can be bookmarked and shared.
/// </summary>
public sealed class IndexModel(IFindingQueue queue) : PageModel
{
    public FindingQueuePage Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (query, error) = QueueFilters.Parse(Request.Query);
        if (query is null)
        {
            return BadRequest(error ?? "bad query");
        }
        Result = await queue.QueryAsync(query, cancellationToken);
        return Page();
    }

    /// <summary>The current filters with one changed (null removes it), for the tabs and the pager.</summary>
    public Dictionary<string, string?> With(string name, string? value, int? page = null)
    {
        var values = QueueFilters.RouteValues(Result.Query);
        values[name] = value;
        if (page is > 1)
        {
            values["p"] = page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return values;
    }
}
