using static FactPipeline.Core.Tests.Web.Browser.Navigation;
namespace FactPipeline.Core.Tests.Web.Browser;

/// <summary>An editor's first visit in a real browser: the sign-in form, the queue of a run's findings, sign-out.</summary>
[Trait("Category", "Browser")]
[Trait("Category", "Slow")]
public sealed class DeskBrowserSignInTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_ThenQueue_ShowsFindingsOfTheRun()
    {
        await using var tab = await chromium.NewPageAsync();
        var page = tab.Page;
        // The seven samples: the 10 vs 10.1 trillion won budget and other figures give minor and consistent findings.
        await using var desk = await BrowserDesk.RunAndServeAsync(RepoPaths.Samples, Ct);

        await desk.SignInAndOpenAsync(page, "/findings");

        (await page.TitleAsync()).ShouldStartWith("Findings");
        (await page.Locator("header .signed-in span").InnerTextAsync()).ShouldBe($"{BrowserDesk.Editor} (editor)");
        var rows = page.Locator("table.queue tbody tr[data-finding]");
        (await rows.CountAsync()).ShouldBeGreaterThan(0);
        (await rows.First.InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();

        await page.Locator("header form.signed-in button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(desk.Server.Url("/account/sign-in"), Parsed);
        await page.GotoAsync(desk.Server.Url("/findings"));

        page.Url.ShouldStartWith(desk.Server.Url("/account/sign-in?ReturnUrl="));
        tab.Dialogs.ShouldBeEmpty();
        tab.ConsoleErrors.ShouldBeEmpty();
    }
}
