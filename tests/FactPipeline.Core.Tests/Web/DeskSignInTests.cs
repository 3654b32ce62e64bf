using System.Net;
using FactPipeline.Core.Accounts;

namespace FactPipeline.Core.Tests.Web;

/// <summary>Sign-in, sign-out, lockout, antiforgery and the security headers of the desk, over HTTP in process.</summary>
[Trait("Category", "EndToEnd")]
public sealed class DeskSignInTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    private static Task<string> TokenAsync(HttpClient browser, string path) => DeskFactory.TokenAsync(browser, path, Ct);

    private static Task<HttpResponseMessage> SignInAsync(HttpClient browser, string name, string password, string? returnUrl = null) =>
        DeskFactory.SignInAsync(browser, name, password, returnUrl, Ct);

    [Fact]
    public async Task FrontPage_NotSignedIn_RedirectsToSignInWithTheReturnPath()
    {
        using var browser = _desk.Browser();

        var response = await browser.GetAsync("/", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQuery.ShouldBe("/account/sign-in?ReturnUrl=%2F");
    }

    [Fact]
    public async Task SignIn_RightPassword_SetsAnHttpOnlyStrictCookieAndShowsTheStore()
    {
        await _desk.AddUserAsync("desk.editor", UserRole.Editor);
        using var browser = _desk.Browser();

        var response = await SignInAsync(browser, "desk.editor", DeskFactory.Password);
        var front = await browser.GetStringAsync("/", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("factpipeline.desk=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=strict");
        front.ShouldContain("desk.editor (editor)");
        front.ShouldContain("<dt>Findings</dt><dd>0</dd>");
    }

    [Fact]
    public async Task SignIn_ReturnUrlOnAnotherSite_GoesToTheFrontPageInstead()
    {
        await _desk.AddUserAsync("editor", UserRole.Editor);
        using var browser = _desk.Browser();

        var response = await SignInAsync(browser, "editor", DeskFactory.Password, returnUrl: "https://evil.example/");

        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoWithoutSigningIn()
    {
        await _desk.AddUserAsync("editor", UserRole.Editor);
        using var browser = _desk.Browser();

        var response = await SignInAsync(browser, "editor", "not the password");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Wrong name or password.");
        (await browser.GetAsync("/", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task SignIn_ThirdFailure_LocksTheAccountEvenForTheRightPassword()
    {
        await _desk.AddUserAsync("editor", UserRole.Editor);
        using var browser = _desk.Browser();

        await SignInAsync(browser, "editor", "wrong 1");
        await SignInAsync(browser, "editor", "wrong 2");
        var third = await SignInAsync(browser, "editor", "wrong 3");
        var right = await SignInAsync(browser, "editor", DeskFactory.Password);

        (await third.Content.ReadAsStringAsync(Ct)).ShouldContain("this account is locked until");
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await right.Content.ReadAsStringAsync(Ct)).ShouldContain("this account is locked until");
    }

    [Fact]
    public async Task SignIn_PostWithoutAntiforgeryToken_Is400()
    {
        await _desk.AddUserAsync("editor", UserRole.Editor);
        using var browser = _desk.Browser();

        var response = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "editor",
            ["password"] = DeskFactory.Password,
        }), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SignOut_PostWithTheToken_EndsTheSession()
    {
        await _desk.AddUserAsync("viewer", UserRole.Viewer);
        using var browser = _desk.Browser();
        await SignInAsync(browser, "viewer", DeskFactory.Password);

        var token = await TokenAsync(browser, "/");
        var response = await browser.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);

        response.Headers.Location!.OriginalString.ShouldBe("/account/sign-in");
        (await browser.GetAsync("/", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task AnyPage_CarriesTheSecurityHeaders()
    {
        using var browser = _desk.Browser();

        var response = await browser.GetAsync("/account/sign-in", Ct);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
    }

    [Fact]
    public async Task SignInPage_ReturnUrlWithMarkup_IsEncodedNotRendered()
    {
        using var browser = _desk.Browser();

        var page = await browser.GetStringAsync("/account/sign-in?returnUrl=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", Ct);

        page.ShouldNotContain("<script>alert(1)</script>");
        page.ShouldContain("&lt;script&gt;");
    }
}
