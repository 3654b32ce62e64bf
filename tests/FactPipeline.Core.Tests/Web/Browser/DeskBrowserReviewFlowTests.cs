using static FactPipeline.Core.Tests.Web.Browser.Navigation;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FactPipeline.Core.Tests.Web.Browser;

/// <summary>
/// An editor's review of one finding from start to end in a real browser, over a copy of the samples that the pipeline
/// runs again as the newsroom's sources change: sign in, filter the queue, open the finding, decide, and see the
/// decision stand through a re-run and the finding reopen when a source changes its figure.
/// </summary>
/// <remarks>
/// Elements are found by ids, names, classes and data- attributes, never by the desk's words, which are being
/// translated; only the note typed here and the figures (data, not labels) are looked for as text.
/// </remarks>
[Trait("Category", "Browser")]
[Trait("Category", "Slow")]
public sealed class DeskBrowserReviewFlowTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string Note = "The ministry's release says 10.1 trillion; the other outlet rounded.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Editor_FiltersOpensDecides_DecisionHoldsThroughARerunAndReopensWhenASourceChanges()
    {
        await using var tab = await chromium.NewPageAsync();
        var page = tab.Page;
        using var folder = new TempDirectory();
        var articles = Path.Combine(folder.Path, "articles");
        var database = folder.File("desk.db");
        ArticleCopies.CopyFolder(RepoPaths.Samples, articles);
        await RunPipelineAsync(database, articles);
        await using var desk = await BrowserDesk.ServeAsync(database, Ct);
        // What the store puts at the top of the open queue: the samples' budget figures that differ (10 against 10.1
        // trillion won), a minor finding. The browser must find the same one through the topic filter.
        var top = (await desk.Server.Services.GetRequiredService<IFindingQueue>().QueryAsync(new FindingQueueQuery(), Ct)).Items[0];
        top.Topic.ShouldContain("budget");
        top.Severity.ShouldBe(Severity.Minor);
        var finding = (await ReviewDesk(desk).FindAsync(top.Id, Ct))!.Finding;
        finding.Figures.Count.ShouldBeGreaterThanOrEqualTo(2);
        var findingUrl = desk.Server.Url($"/findings/{finding.Id}");

        // Sign in through the form, then filter the queue by topic.
        await desk.SignInAndOpenAsync(page, "/findings");
        var filters = page.Locator("form#filters");
        await filters.Locator("input[name=topic]").FillAsync("budget");
        await filters.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Contains("topic=budget", StringComparison.Ordinal), Parsed);
        (await filters.Locator("input[name=topic]").InputValueAsync()).ShouldBe("budget");
        var firstRow = page.Locator("table.queue tbody tr[data-finding]").First;
        (await firstRow.GetAttributeAsync("data-finding")).ShouldBe(finding.Id);

        // Open it: every figure in its sentence, the figure itself marked.
        await firstRow.Locator($"a[href='/findings/{finding.Id}']").ClickAsync();
        await page.WaitForURLAsync(findingUrl, Parsed);
        (await page.Locator("main article.figure").CountAsync()).ShouldBe(finding.Figures.Count);
        foreach (var figure in finding.Figures)
        {
            var quote = page.Locator($"main article.figure[data-claim='{figure.ClaimId}'] blockquote");
            (await quote.InnerTextAsync()).ShouldBe(figure.Quote);
            (await quote.Locator("mark").InnerTextAsync()).ShouldBe(figure.ValueText);
        }
        (await StatusAsync(page)).ShouldBe("open");

        // Decide: rounding, with a note. The desk answers the post with a redirect back to the finding.
        var decision = page.Locator("form#decision");
        // Its own antiforgery token: without one the desk answers the post with 400 (the header's forms carry theirs).
        (await decision.Locator("input[name=__RequestVerificationToken]").CountAsync()).ShouldBe(1);
        await decision.Locator("select[name=status]").SelectOptionAsync("rounding");
        await decision.Locator("textarea[name=note]").FillAsync(Note);
        var posted = await page.RunAndWaitForResponseAsync(
            () => decision.Locator("button[type=submit]").ClickAsync(), response => response.Request.Method == "POST");
        posted.Url.ShouldBe(desk.Server.Url($"/findings/{finding.Id}/decision"));
        posted.Status.ShouldBe(302);
        // The URL is the finding's before and after the post: wait for the page that says what was decided.
        await Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-status", "rounding");
        page.Url.ShouldBe(findingUrl);
        await page.ReloadAsync();
        (await StatusAsync(page)).ShouldBe("rounding");
        var latest = page.Locator("section.history li.event").First;
        (await latest.GetAttributeAsync("class")).ShouldBe("event event-decided");
        (await latest.Locator(".actor").InnerTextAsync()).ShouldBe(BrowserDesk.Editor);
        (await latest.Locator(".note").InnerTextAsync()).ShouldContain(Note);

        // The same articles again: the decision stands.
        await RunPipelineAsync(database, articles);
        await page.ReloadAsync();
        (await StatusAsync(page)).ShouldBe("rounding");
        (await page.Locator("section.history li.event").First.GetAttributeAsync("class")).ShouldBe("event event-decided");

        // One source moves its figure by a little (the same fact, a different number): the finding reopens, saying what changed.
        var moved = finding.Figures[0];
        var changed = ArticleCopies.Nudged(moved.ValueText);
        changed.ShouldNotBe(moved.ValueText);
        ArticleCopies.ReplaceInSource(moved, changed);
        await RunPipelineAsync(database, articles);
        await page.ReloadAsync();
        (await StatusAsync(page)).ShouldBe("open");
        latest = page.Locator("section.history li.event").First;
        (await latest.GetAttributeAsync("class")).ShouldBe("event event-reopened");
        var what = await latest.Locator(".what").InnerTextAsync();
        what.ShouldStartWith("reopened:");
        what.ShouldContain($"now says {changed} (was {moved.ValueText})");
        (await page.Locator("main article.figure blockquote mark").AllInnerTextsAsync()).ShouldContain(changed);
        // The earlier decision is still in the trail, under the reopening.
        (await page.Locator("section.history li.event-decided .note").InnerTextAsync()).ShouldContain(Note);

        tab.Dialogs.ShouldBeEmpty();
        tab.ConsoleErrors.ShouldBeEmpty();
    }

    private static ReviewDesk ReviewDesk(BrowserDesk desk) => desk.Server.Services.GetRequiredService<ReviewDesk>();

    /// <summary>The status's wire name (the label beside it is in the reader's language).</summary>
    private static async Task<string> StatusAsync(IPage page) => await page.Locator("#status").GetAttributeAsync("data-status") ?? "";

    /// <summary>The pipeline in this process, as <c>factpipeline run</c> would run it, into the desk's database.</summary>
    private static async Task RunPipelineAsync(string database, string articles)
    {
        using var harness = new PipelineHarness(database, systemClock: true);
        await harness.RunAsync(articles);
    }
}
