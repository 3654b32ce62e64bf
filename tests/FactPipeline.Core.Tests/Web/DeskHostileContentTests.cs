using System.Net;
using System.Text.RegularExpressions;
using FactPipeline.Core.Accounts;
using FactPipeline.Core.Review;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Tests.Web;

/// <summary>
/// Articles are untrusted: the hostile fixture's title and sentence carry a script tag, an event handler and a
/// javascript: link. The desk's HTML must carry them as text, and link sources only over http(s).
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed partial class DeskHostileContentTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly DeskFactory _desk = new();
    private HttpClient _editor = null!;
    private string _findingId = "";

    public async ValueTask InitializeAsync()
    {
        using (var harness = new PipelineHarness(_desk.DatabasePath))
        {
            await harness.RunAsync(DeskInputs.Hostile);
        }
        await _desk.AddUserAsync("editor", UserRole.Editor);
        _editor = _desk.Browser();
        (await DeskFactory.SignInAsync(_editor, "editor", DeskFactory.Password, null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var queue = await _desk.Services.GetRequiredService<IFindingQueue>().QueryAsync(new FindingQueueQuery(), Ct);
        _findingId = queue.Items.ShouldHaveSingleItem().Id;
    }

    public ValueTask DisposeAsync()
    {
        _editor.Dispose();
        _desk.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task FindingPage_HostileTitleAndQuote_AreTextWithNoMarkupOrScriptLinks()
    {
        var page = await _editor.GetStringAsync($"/findings/{_findingId}", Ct);

        page.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        ScriptTag().IsMatch(page).ShouldBeFalse("no script element at all: the desk has none of its own");
        EventHandler().IsMatch(page).ShouldBeFalse();
        page.ShouldNotContain("href=\"javascript:", Case.Insensitive);
        foreach (Match link in Href().Matches(page))
        {
            var href = WebUtility.HtmlDecode(link.Groups[1].Value);
            (href.StartsWith('/') || href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("https://", StringComparison.Ordinal))
                .ShouldBeTrue($"link {href}");
        }
    }

    [Fact]
    public async Task Queue_HostileArticle_ListsTheFindingWithoutMarkup()
    {
        var page = await _editor.GetStringAsync("/findings?q=" + Uri.EscapeDataString("<script>"), Ct);

        ScriptTag().IsMatch(page).ShouldBeFalse();
        EventHandler().IsMatch(page).ShouldBeFalse();
        page.ShouldContain($"data-finding=\"{_findingId}\"", customMessage: "the quote search finds the sentence with the markup in it");
    }

    [GeneratedRegex("<script", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("""<[^>]+\son[a-z]+\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex("""href="([^"]*)"\s""")]
    private static partial Regex Href();
}
