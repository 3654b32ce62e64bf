using System.Net;
using System.Text.RegularExpressions;
using FactPipeline.Core.Accounts;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;
using static FactPipeline.Core.Tests.TestSupport.RunHistorySeed;

namespace FactPipeline.Core.Tests.Web;

/// <summary>The desk's <c>/runs</c> and <c>/runs/{id}</c> over two runs' history (<see cref="RunHistorySeed"/>).</summary>
[Trait("Category", "EndToEnd")]
public sealed partial class DeskRunsPageTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly DeskFactory _desk = new();
    private Seeded _runs = null!;

    public async ValueTask InitializeAsync()
    {
        await _desk.AddUserAsync("viewer", UserRole.Viewer);
        _runs = await SeedAsync(_desk.DatabasePath, Ct);
    }

    public ValueTask DisposeAsync()
    {
        _desk.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<HttpClient> SignedInAsync(string? acceptLanguage = null)
    {
        var browser = acceptLanguage is null ? _desk.Browser() : _desk.Browser(acceptLanguage);
        (await DeskFactory.SignInAsync(browser, "viewer", DeskFactory.Password, null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    private SqliteRunLedger Ledger => new(Options.Create(new StorageOptions { DatabasePath = _desk.DatabasePath }));

    private SqliteFactStore Facts => new(Options.Create(new StorageOptions { DatabasePath = _desk.DatabasePath }));

    [Theory]
    [InlineData("/runs")]
    [InlineData("/runs/{0}")]
    public async Task RunPages_Anonymous_AreRedirectedToSignIn(string path)
    {
        using var browser = _desk.Browser();

        var response = await browser.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, _runs.First), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQuery.ShouldStartWith("/account/sign-in?ReturnUrl=%2Fruns");
    }

    [Fact]
    public async Task Runs_SignedInViewer_SeesEveryRunNewestFirstWithItsDiffCountsAndANavLink()
    {
        using var viewer = await SignedInAsync();

        var response = await viewer.GetAsync("/runs", Ct);
        var page = await response.Content.ReadAsStringAsync(Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem().ShouldContain("script-src 'self'");
        page.ShouldContain("<a href=\"/runs\">Runs</a>");
        RunRows().Matches(page).Select(m => m.Groups[1].Value).ShouldBe([_runs.Second, _runs.First]);
        var second = Row(page, _runs.Second);
        second.ShouldContain($"href=\"/runs/{_runs.Second}\"");
        second.ShouldContain("<td>manual</td>");
        second.ShouldContain("<td>4m 00s</td>");
        new[] { "new", "resolved", "changed", "reopened", "corrections" }.Select(k => DiffCell(second, k)).ShouldBe(["1", "2", "1", "1", "0"]);
        Row(page, _runs.First).ShouldContain("<td>nightly</td>");
    }

    [Fact]
    public async Task Runs_MoreThanAPage_FiftyAPageWithALinkToTheOlderOnes()
    {
        for (var k = 0; k < 49; k++)
        {
            await Facts.StartRunAsync([$"extra-{k}.txt"], Tuesday.AddHours(k + 1), Ct);
        }
        using var viewer = await SignedInAsync();

        var first = await viewer.GetStringAsync("/runs", Ct);
        var second = await viewer.GetStringAsync("/runs?p=2", Ct);

        RunRows().Matches(first).Count.ShouldBe(50);
        Link(first, "next").ShouldBe("/runs?p=2");
        RunRows().Matches(second).Select(m => m.Groups[1].Value).ShouldBe([_runs.First], "51 runs: the oldest on the second page");
        Link(second, "prev").ShouldBe("/runs");
        Link(second, "next").ShouldBeNull();
    }

    [Fact]
    public async Task Run_SignedInViewer_SeesSourcesFailuresAndTheChangedFindingsLinked()
    {
        using var viewer = await SignedInAsync();

        var monday = await viewer.GetStringAsync($"/runs/{_runs.First}", Ct);
        var tuesday = await viewer.GetStringAsync($"/runs/{_runs.Second}", Ct);

        monday.ShouldContain($"<h1>Run {_runs.First}</h1>");
        monday.ShouldContain("4 articles, 12 claims, 4 findings");
        monday.ShouldContain("3 calls, 1,500 tokens, $0.0042");
        monday.ShouldContain($"<code>{Gone}</code>: HTTP 404");
        tuesday.ShouldContain("1 new, 2 resolved, 1 changed, 1 reopened, 0 corrections");
        tuesday.ShouldContain($"<a href=\"/findings/{Budget}\">budget (topic)</a>");
        tuesday.ShouldContain("beta.example: was 10,1 triliun won, now 12 triliun won");
        tuesday.ShouldContain("gamma.example: was 45%, now none");
        tuesday.ShouldContain("<h3 id=\"changes-reopened\">Reopened (1)</h3>");
        tuesday.ShouldNotContain("changes-corrections");
    }

    [Fact]
    public async Task Run_UnknownId_Is404()
    {
        using var viewer = await SignedInAsync();

        (await viewer.GetAsync("/runs/no-such-run", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RunPages_Korean_AreInKorean()
    {
        using var viewer = await SignedInAsync("ko-KR,ko;q=0.9");

        var list = await viewer.GetStringAsync("/runs", Ct);
        var run = await viewer.GetStringAsync($"/runs/{_runs.Second}", Ct);

        list.ShouldContain("<html lang=\"ko\"");
        list.ShouldContain("<h1>실행 기록</h1>");
        list.ShouldContain("<td>수동</td>");
        run.ShouldContain($"<h1>실행 {_runs.Second}</h1>");
        run.ShouldContain("신규 1건, 해결 2건, 변경 1건, 재개 1건, 정정 0건");
        run.ShouldContain("beta.example: 이전 10,1 triliun won, 현재 12 triliun won");
        run.ShouldContain("gamma.example: 이전 45%, 현재 없음");
    }

    [Fact]
    public async Task Run_ScriptInItsInputReasonAndError_IsTextNotMarkup()
    {
        const string input = "feeds/<script>alert(1)</script>.xml";
        var run = (await Facts.StartRunAsync([input], Tuesday.AddDays(1), Ct)).Id;
        await Ledger.RecordItemsAsync(run, [Item("<img src=x onerror=alert(2)>", input, RunItemOutcome.Failed, Tuesday.AddDays(1), "<b>gone</b>")], Ct);
        await Ledger.SetStatusAsync(run, RunStatus.Failed, Tuesday.AddDays(1), error: "<script>alert(3)</script>", cancellationToken: Ct);
        using var viewer = await SignedInAsync();

        var page = await viewer.GetStringAsync($"/runs/{run}", Ct);
        var list = await viewer.GetStringAsync("/runs", Ct);

        page.ShouldContain("feeds/&lt;script&gt;alert(1)&lt;/script&gt;.xml");
        page.ShouldContain("&lt;img src");
        page.ShouldContain("&lt;b&gt;gone&lt;/b&gt;");
        page.ShouldContain("&lt;script&gt;alert(3)&lt;/script&gt;");
        (page + list).ShouldNotContain("<script", Case.Insensitive);
        page.ShouldNotContain("<img", Case.Insensitive);
        page.ShouldNotContain("<b>", Case.Insensitive);
    }

    [GeneratedRegex("""<tr data-run="([0-9a-f]+)" """)]
    private static partial Regex RunRows();

    /// <summary>The table row of the run, from its opening tag to its end.</summary>
    private static string Row(string page, string id)
    {
        var start = page.IndexOf($"<tr data-run=\"{id}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"no row for run {id}");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    /// <summary>Where the page's link with this rel goes; null when it has none.</summary>
    private static string? Link(string page, string rel) =>
        Regex.Match(page, $"""<a\b[^>]*\brel="{rel}"[^>]*>""") is { Success: true } link
            ? WebUtility.HtmlDecode(Regex.Match(link.Value, "href=\"([^\"]*)\"").Groups[1].Value)
            : null;

    private static string DiffCell(string row, string kind) =>
        Regex.Match(row, $"""<td data-diff="{kind}">([^<]*)</td>""").Groups[1].Value;
}
