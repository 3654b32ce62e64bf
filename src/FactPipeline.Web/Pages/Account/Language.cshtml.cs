using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactPipeline.Web.Pages.Account;

/// <summary>
/// The language switch in the header: a POST with the antiforgery token (another site cannot change an editor's
/// language), open to signed-out editors so the sign-in page can switch too. It remembers the choice in the culture
/// cookie and goes back to the page it came from.
/// </summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (culture is null || !DeskLanguages.Supported.Contains(culture))
        {
            return BadRequest($"unknown language '{culture}' ({string.Join(" or ", DeskLanguages.Supported)})");
        }
        DeskLanguages.Remember(HttpContext, culture);
        // Only a path on this site: the switch must not send the editor elsewhere.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
