using static FactPipeline.Core.Tests.Web.Browser.Navigation;
using FactPipeline.Core.Review;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FactPipeline.Core.Tests.Web.Browser;

/// <summary>
/// Pictures of the desk for the docs, not a check: with <c>FACTPIPELINE_SCREENSHOTS=1</c> it saves the queue over the
/// samples and the finding at its top to docs/screenshots/{queue,finding}.{en,ko}.png, else it reports skipped. The
/// Korean shots are taken by a browser whose language is ko-KR (Accept-Language "ko-KR,ko"), so they show whatever
/// the desk gives such a browser.
/// </summary>
[Trait("Category", "Browser")]
[Trait("Category", "Slow")]
public sealed class DeskScreenshots
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("ko-KR", "ko")]
    public async Task QueueAndFinding_OverTheSamples_SavedAsPng(string locale, string language)
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("FACTPIPELINE_SCREENSHOTS") == "1", "set FACTPIPELINE_SCREENSHOTS=1 to save the desk's screenshots");
        Assert.SkipUnless(Chromium.IsInstalled, $"no chromium at {Chromium.ExecutablePath}");
        // A browser of its own: the language is fixed when the browser starts.
        await using var chromium = await Chromium.LaunchAsync(locale);
        await using var tab = await chromium.NewPageAsync();
        var page = tab.Page;
        await using var desk = await BrowserDesk.RunAndServeAsync(RepoPaths.Samples, Ct);

        await desk.SignInAndOpenAsync(page, "/findings");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe(language);
        await SaveAsync(page, $"queue.{language}.png");

        // The finding at the top of the queue (the samples' budget figures that differ), opened from its row.
        var top = (await desk.Server.Services.GetRequiredService<IFindingQueue>().QueryAsync(new FindingQueueQuery(), Ct)).Items[0];
        await page.Locator($"table.queue tbody tr[data-finding='{top.Id}'] a[href='/findings/{top.Id}']").ClickAsync();
        await page.WaitForURLAsync(desk.Server.Url($"/findings/{top.Id}"), Parsed);
        await SaveAsync(page, $"finding.{language}.png");

        tab.Dialogs.ShouldBeEmpty();
        tab.ConsoleErrors.ShouldBeEmpty();
    }

    private static async Task SaveAsync(IPage page, string file)
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "screenshots", file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        new FileInfo(path).Length.ShouldBeGreaterThan(0);
    }
}
