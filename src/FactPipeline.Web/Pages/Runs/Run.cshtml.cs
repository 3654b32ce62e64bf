using FactPipeline.Core.Runs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactPipeline.Web.Pages.Runs;

/// <summary>One run, as <c>runs show</c> prints it: its summary, inputs, sources and the findings it changed.</summary>
public sealed class RunModel(IRunHistoryStore history) : PageModel
{
    public RunDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var detail = await history.FindAsync(id, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }
        Detail = detail;
        return Page();
    }
}
