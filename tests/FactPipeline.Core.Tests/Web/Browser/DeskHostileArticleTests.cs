using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;

namespace FactPipeline.Core.Tests.Web.Browser;

/// <summary>
/// Articles are untrusted: two fixture pages (Fixtures/desk/hostile) whose title and quoted sentence carry a script
/// tag, an image with an onerror handler and a javascript: link, and disagree on a budget so that a finding exists.
/// In a real browser the desk must show that markup as text and run none of it.
/// </summary>
[Trait("Category", "Browser")]
[Trait("Category", "Slow")]
public sealed class DeskHostileArticleTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(2)>";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HostileArticle_RendersAsText_RunsNoScript()
    {
        await using var tab = await chromium.NewPageAsync();
        var page = tab.Page;
        await using var desk = await BrowserDesk.RunAndServeAsync(Fixtures.PathOf("desk/hostile"), Ct);

        await desk.SignInAndOpenAsync(page, "/findings");
        var row = page.Locator("table.queue tbody tr[data-finding]");
        (await row.CountAsync()).ShouldBe(1); // US$120 million against US$150 million: a conflict
        var id = await row.GetAttributeAsync("data-finding");
        await ShouldHoldNoInjectedMarkupAsync(page);

        // The queue's filter echoes what it was given, as the finding page echoes quotes and titles.
        await page.GotoAsync(desk.Server.Url("/findings?q=" + Uri.EscapeDataString(Script + Image)));
        (await page.Locator("form#filters input[name=q]").InputValueAsync()).ShouldBe(Script + Image);
        await ShouldHoldNoInjectedMarkupAsync(page);

        // The finding's page: both sentences and both titles carry the markup, and show it as text.
        (await page.GotoAsync(desk.Server.Url($"/findings/{id}")))!.Status.ShouldBe((int)HttpStatusCode.OK);
        var figures = page.Locator("main article.figure");
        (await figures.CountAsync()).ShouldBe(2);
        foreach (var figure in await figures.AllAsync())
        {
            var quote = await figure.Locator("blockquote").InnerTextAsync();
            quote.ShouldContain(Script);
            quote.ShouldContain(Image);
            (await figure.Locator(".title").InnerTextAsync()).ShouldContain(Script);
            // The fixtures are files, not web pages: a source is named, not linked. A link would be to http(s) only.
            foreach (var link in await figure.Locator(".source a").AllAsync())
            {
                ((await link.GetAttributeAsync("href")) ?? "").ShouldMatch("^https?://");
            }
        }
        (await page.Locator("main").InnerTextAsync()).ShouldContain("javascript:alert(3)"); // the link's text, as text
        await ShouldHoldNoInjectedMarkupAsync(page);

        tab.Dialogs.ShouldBeEmpty();
        tab.ConsoleErrors.ShouldBeEmpty(); // a script the security policy blocked would show here
    }

    /// <summary>Proof that the two checks above can fail: a script's alert and console error are caught.</summary>
    [Fact]
    public async Task ChromiumPage_ScriptAlertsAndLogsAnError_BothAreRecorded()
    {
        await using var tab = await chromium.NewPageAsync();

        await tab.Page.EvaluateAsync("() => { console.error('probe'); alert('probe'); }");

        tab.Dialogs.ShouldBe(["alert: probe"]);
        tab.ConsoleErrors.ShouldBe(["probe"]);
    }

    /// <summary>
    /// What the checks above would see if article markup leaked into a desk page unencoded: under the desk's policy
    /// the inline script does not run, and the browser reports what it blocked.
    /// </summary>
    [Fact]
    public async Task ChromiumPage_LeakedMarkupUnderTheDeskPolicy_IsBlockedAndRecorded()
    {
        await using var tab = await chromium.NewPageAsync();
        var (app, url) = await LoopbackKestrel.StartAsync(_ => context =>
        {
            context.Response.Headers.ContentSecurityPolicy = FactPipeline.Web.SecurityHeaders.ContentSecurityPolicy;
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync($"<!DOCTYPE html><title>leak</title><p>{Script} {Image}</p>", Ct);
        }, Ct);
        await using var _ = app;

        await tab.Page.GotoAsync(url + "/");

        tab.Dialogs.ShouldBeEmpty();
        tab.ConsoleErrors.ShouldContain(e => e.Contains("Content Security Policy", StringComparison.Ordinal));
        (await tab.Page.Locator("script:not([src])").CountAsync()).ShouldBe(1);
    }

    /// <summary>
    /// Markup from an article turned into elements: no inline script, no element with an event handler, and no
    /// attribute of any element (href, src, action, formaction...) that leads to a javascript: URL.
    /// </summary>
    private static async Task ShouldHoldNoInjectedMarkupAsync(IPage page)
    {
        (await page.Locator("script:not([src])").CountAsync()).ShouldBe(0);
        (await page.Locator("[onerror], [onload], [onclick]").CountAsync()).ShouldBe(0);
        var scriptUrls = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])" +
            ".filter(a => /^\\s*javascript:/i.test(a.value)).map(a => `${a.ownerElement.tagName} ${a.name}=${a.value}`)");
        scriptUrls.ShouldBeEmpty();
    }
}
