using System.Net;
using System.Text.RegularExpressions;
using FactPipeline.Core.Accounts;
using FactPipeline.Core.Model;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Web;

/// <summary>The queue page over the findings a run of the samples stored, signed in as a viewer.</summary>
[Trait("Category", "EndToEnd")]
public sealed partial class DeskQueueTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly DeskFactory _desk = new();
    private IReadOnlyList<Finding> _stored = [];
    private HttpClient _browser = null!;

    public async ValueTask InitializeAsync()
    {
        using (var harness = new PipelineHarness(_desk.DatabasePath))
        {
            _stored = (await harness.RunAsync(DeskInputs.Flagged)).Report.Findings;
        }
        await _desk.AddUserAsync("viewer", UserRole.Viewer);
        _browser = _desk.Browser();
        (await DeskFactory.SignInAsync(_browser, "viewer", DeskFactory.Password, null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    public ValueTask DisposeAsync()
    {
        _browser.Dispose();
        _desk.Dispose();
        return ValueTask.CompletedTask;
    }

    [GeneratedRegex("data-finding=\"([0-9a-f]+)\"")]
    private static partial Regex FindingRow();

    private static string[] Rows(string page) => [.. FindingRow().Matches(page).Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task Queue_SeverityInTheQueryString_ListsOnlyThoseFindings()
    {
        var page = await _browser.GetStringAsync("/findings?severity=minor", Ct);

        var minor = _stored.Where(f => f.Severity == Severity.Minor).Select(f => f.Id).ToArray();
        minor.ShouldNotBeEmpty();
        Rows(page).ShouldBe(minor, ignoreOrder: true);
        page.ShouldContain($"Minor difference ({minor.Length})");
    }

    [Fact]
    public async Task Queue_NoFilter_ListsFlagsButNotPossibleMatches()
    {
        var page = await _browser.GetStringAsync("/findings", Ct);

        Rows(page).ShouldBe(_stored.Where(f => f.IsFlag()).Select(f => f.Id), ignoreOrder: true);
    }

    [Fact]
    public async Task Queue_UnknownSeverity_Is400NamingIt()
    {
        var response = await _browser.GetAsync("/findings?severity=urgent", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("severity 'urgent' is not one of");
    }

    [Fact]
    public async Task Queue_TextWithMarkup_IsEchoedEncodedInTheFilterForm()
    {
        var page = await _browser.GetStringAsync("/findings?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", Ct);

        page.ShouldNotContain("<script>alert(1)</script>");
        page.ShouldContain("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"");
    }

    [Fact]
    public async Task Queue_NotSignedIn_RedirectsToSignIn()
    {
        using var stranger = _desk.Browser();

        var response = await stranger.GetAsync("/findings?severity=conflict", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQuery.ShouldStartWith("/account/sign-in?ReturnUrl=%2Ffindings");
    }
}
