using System.Globalization;
using System.Security.Claims;
using FactPipeline.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactPipeline.Web.Pages.Account;

/// <summary>Sign-in with a desk account (<c>factpipeline users add</c>); repeated failures lock the account.</summary>
public sealed class SignInModel(AccountService accounts) : PageModel
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
                Problem = string.Create(CultureInfo.InvariantCulture,
                    $"Too many failed sign-ins: this account is locked until {result.LockedUntil:yyyy-MM-dd HH:mm} UTC.");
                break;
            default:
                Problem = "Wrong name or password.";
                break;
        }
        return Page();
    }
}
