using FactPipeline.Core.Runs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactPipeline.Web.Pages.Runs;

/// <summary>The run history, newest first, <see cref="PageSize"/> a page: what each run read and changed.</summary>
public sealed class IndexModel(IRunHistoryStore history) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<RunSummary> Runs { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public bool HasNext { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "p")] int? page, CancellationToken cancellationToken)
    {
        if (page is < 1)
        {
            return BadRequest("p must be at least 1");
        }
        PageNumber = page ?? 1;
        // The store lists the newest runs, without an offset: a page reads the pages before it and one run more, which
        // says whether there is a next page. A run a night is a few hundred a year; the desk's readers page rarely.
        var skip = (PageNumber - 1) * PageSize;
        var runs = await history.ListAsync(skip + PageSize + 1, cancellationToken);
        Runs = [.. runs.Skip(skip).Take(PageSize)];
        HasNext = runs.Count > skip + PageSize;
        return Page();
    }
}
