using Microsoft.Playwright;
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

        // The post and its answer, then the URL it leads to, as the review flow waits for its decision: waiting for
        // the next page's load state after the click twice never ended on a loaded CI machine.
        var signedOut = await page.RunAndWaitForResponseAsync(
            () => page.Locator("header form.signed-in button[type=submit]").ClickAsync(), response => response.Request.Method == "POST");
        signedOut.Status.ShouldBe(302);
        await Assertions.Expect(page).ToHaveURLAsync(desk.Server.Url("/account/sign-in"), new() { Timeout = 60_000 });
        await page.GotoAsync(desk.Server.Url("/findings"));

        page.Url.ShouldStartWith(desk.Server.Url("/account/sign-in?ReturnUrl="));
        tab.Dialogs.ShouldBeEmpty();
        tab.ConsoleErrors.ShouldBeEmpty();
    }
}
