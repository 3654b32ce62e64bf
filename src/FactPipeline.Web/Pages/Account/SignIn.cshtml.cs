using System.Globalization;
using System.Security.Claims;
using FactPipeline.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FactPipeline.Web.Pages.Account;

/// <summary>Sign-in with a desk account (<c>factpipeline users add</c>); repeated failures lock the account.</summary>
public sealed class SignInModel(AccountService accounts, IStringLocalizer<DeskText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? password, CancellationToken cancellationToken)
    {
        var result = await accounts.SignInAsync(Name ?? "", password ?? "", cancellationToken);
        switch (result.Outcome)
        {
            case SignInOutcome.Succeeded:
                var account = result.Account!;
                var identity = new ClaimsIdentity(
                    [new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role.ToString())],
                    CookieAuthenticationDefaults.AuthenticationScheme);
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
                // Only a path on this site: a sign-in link must not send the editor elsewhere.
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SignInOutcome.LockedOut:
                // The same unambiguous timestamp in both languages.
                Problem = text["SignIn.LockedOut", result.LockedUntil?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? ""];
                break;
            default:
                Problem = text["SignIn.WrongPassword"];
                break;
        }
        return Page();
    }
}
