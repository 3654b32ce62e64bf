using FactPipeline.Core.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactPipeline.Web.Pages;

/// <summary>The desk's front page: what the store holds.</summary>
public sealed class IndexModel(IFactStore store) : PageModel
{
    public StoreCounts Counts { get; private set; } = new(0, 0, 0, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Counts = await store.CountAsync(cancellationToken);
}
