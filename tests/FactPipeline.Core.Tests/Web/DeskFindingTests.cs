using System.Net;
using System.Text.RegularExpressions;
using FactPipeline.Core.Accounts;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Tests.Web;

/// <summary>
/// A finding's page and the decisions on it, over a store a real run of a copy of the samples wrote: what an editor
/// records stays through re-runs, and reopens when a source's figure changes.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed partial class DeskFindingTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly DeskFactory _desk = new();
    private readonly TempDirectory _articles = new();
    private TrackedFinding _flagged = null!;
    private HttpClient _editor = null!;

    public async ValueTask InitializeAsync()
    {
        ArticleCopies.CopyFolder(RepoPaths.Samples, _articles.Path);
        await RunAsync();
        await _desk.AddUserAsync("editor", UserRole.Editor);
        await _desk.AddUserAsync("viewer", UserRole.Viewer);
        _editor = await SignedInAsync("editor");
        var queue = _desk.Services.GetRequiredService<IFindingQueue>();
        // The top of the open queue: the samples' budget figures that differ.
        var first = (await queue.QueryAsync(new FindingQueueQuery(), Ct)).Items.First();
        first.Severity.ShouldNotBe(Severity.Consistent);
        _flagged = (await Desk.FindAsync(first.Id, Ct))!.Finding;
    }

    public ValueTask DisposeAsync()
    {
        _editor.Dispose();
        _desk.Dispose();
        _articles.Dispose();
        return ValueTask.CompletedTask;
    }

    private ReviewDesk Desk => _desk.Services.GetRequiredService<ReviewDesk>();

    [Fact]
    public async Task Page_FlaggedFinding_ShowsEveryFigureHighlightedInItsSentenceWithItsSource()
    {
        var page = await _editor.GetStringAsync($"/findings/{_flagged.Id}", Ct);

        _flagged.Figures.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var figure in _flagged.Figures)
        {
            page.ShouldContain($"<mark>{WebUtility.HtmlEncode(figure.ValueText)}</mark>");
            page.ShouldContain(Outlet.Of(figure.Source));
        }
        page.ShouldContain("id=\"decision\"");
        // What was measured, as the lexicon names it, rather than the extractor's stemmed words.
        page.ShouldContain(">budget</dd>");
    }

    [Fact]
    public async Task Page_DecisionForm_CarriesItsOwnAntiforgeryToken()
    {
        var page = await _editor.GetStringAsync($"/findings/{_flagged.Id}", Ct);

        // A browser posts only the form's own fields; the header's forms carry tokens of their own, which it does not send.
        var start = page.IndexOf("id=\"decision\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0);
        var form = page[start..page.IndexOf("</form>", start, StringComparison.Ordinal)];
        form.ShouldContain("name=\"__RequestVerificationToken\"");
    }

    [Fact]
    public async Task Page_UnknownId_Is404()
    {
        (await _editor.GetAsync("/findings/0000000000000000", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Decide_EditorRecordsRounding_IsShownWithNoteAndNameAfterReload()
    {
        var response = await PostDecisionAsync(_editor, "rounding", "Kementerian menulis 10,1; the other outlet rounded.");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/findings/{_flagged.Id}");
        var page = await _editor.GetStringAsync($"/findings/{_flagged.Id}", Ct);
        Status().Match(page).Groups[1].Value.ShouldBe("rounding");
        page.ShouldContain("the other outlet rounded.");
        page.ShouldContain("<span class=\"actor\">editor</span>");
    }

    [Fact]
    public async Task Decide_Viewer_Is403AndNothingRecorded()
    {
        using var viewer = await SignedInAsync("viewer");
        var page = await viewer.GetStringAsync($"/findings/{_flagged.Id}", Ct);
        page.ShouldNotContain("id=\"decision\"");
        var token = await DeskFactory.TokenAsync(viewer, "/findings", Ct);

        var response = await viewer.PostAsync($"/findings/{_flagged.Id}/decision", Form(token, "confirmed", "viewer tries", 1), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Desk.FindAsync(_flagged.Id, Ct))!.History.ShouldNotContain(e => e.Kind == FindingEventKind.Decided);
    }

    [Fact]
    public async Task Decide_WithoutAntiforgeryToken_Is400AndNothingRecorded()
    {
        var response = await _editor.PostAsync($"/findings/{_flagged.Id}/decision", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["status"] = "confirmed",
            ["version"] = (await VersionAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Desk.FindAsync(_flagged.Id, Ct))!.Finding.Status.ShouldBe(ReviewStatus.Open);
    }

    [Fact]
    public async Task Decide_AgainstAnOlderVersion_Is409AndKeepsTheFirstDecision()
    {
        var seen = await VersionAsync();
        (await PostDecisionAsync(_editor, "confirmed", "first", seen)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var late = await PostDecisionAsync(_editor, "dismissed", "second, from a stale page", seen);

        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var detail = (await Desk.FindAsync(_flagged.Id, Ct))!;
        detail.Finding.Status.ShouldBe(ReviewStatus.Confirmed);
        detail.History.Where(e => e.Kind == FindingEventKind.Decided).Select(e => e.Note).ShouldBe(["first"]);
    }

    [Fact]
    public async Task Decide_SourceErrorNamingNoClaim_Is422NamingTheField()
    {
        var response = await PostDecisionAsync(_editor, "source-error", "one of them is wrong");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("names which of the finding");
    }

    [Fact]
    public async Task Decide_SourceErrorWithClaimFigureAndUrl_KeepsAllThree()
    {
        var wrong = _flagged.Figures[1];
        var token = await DeskFactory.TokenAsync(_editor, $"/findings/{_flagged.Id}", Ct);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["status"] = "source-error", ["note"] = "checked the ministry release",
            ["version"] = (await VersionAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["wrongClaimId"] = wrong.ClaimId, ["correctFigure"] = "10,1 triliun won", ["primarySourceUrl"] = "https://ministry.example/release/42",
        };

        (await _editor.PostAsync($"/findings/{_flagged.Id}/decision", new FormUrlEncodedContent(form), Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var decision = (await Desk.FindAsync(_flagged.Id, Ct))!.History.Last();
        decision.SourceError.ShouldBe(new SourceErrorDetails(wrong.ClaimId, "10,1 triliun won", "https://ministry.example/release/42"));
        (await _editor.GetStringAsync($"/findings/{_flagged.Id}", Ct)).ShouldContain("href=\"https://ministry.example/release/42\"");
    }

    [Fact]
    public async Task Rerun_UnchangedArticles_KeepsTheDecisionAndAddsNoEvents()
    {
        (await PostDecisionAsync(_editor, "rounding", "settled")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var before = (await Desk.FindAsync(_flagged.Id, Ct))!.History.Count;

        await RunAsync();

        var after = (await Desk.FindAsync(_flagged.Id, Ct))!;
        after.Finding.Status.ShouldBe(ReviewStatus.Rounding);
        after.History.Count.ShouldBe(before);
    }

    [Fact]
    public async Task Rerun_ASourceChangedTheFigure_ReopensTheDecidedFindingSayingWhat()
    {
        (await PostDecisionAsync(_editor, "rounding", "settled")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var figure = _flagged.Figures[0];
        var changed = ArticleCopies.Nudged(figure.ValueText);
        ArticleCopies.ReplaceInSource(figure, changed);

        await RunAsync();

        var detail = (await Desk.FindAsync(_flagged.Id, Ct))!;
        detail.Finding.Status.ShouldBe(ReviewStatus.Open);
        var reopened = detail.History.Last();
        reopened.Kind.ShouldBe(FindingEventKind.Reopened);
        FindingEventText.Describe(reopened, "en").ShouldBe($"reopened: {Outlet.Of(figure.Source)} now says {changed} (was {figure.ValueText})");
        (await _editor.GetStringAsync($"/findings/{_flagged.Id}", Ct)).ShouldContain(WebUtility.HtmlEncode($"now says {changed}"));
        var queue = _desk.Services.GetRequiredService<IFindingQueue>();
        (await queue.QueryAsync(new FindingQueueQuery(), Ct)).Items.ShouldContain(i => i.Id == _flagged.Id, "an open finding stays in the queue");
    }

    [Fact]
    public async Task Rerun_ASourceChangedTheFigure_ShowsTheCorrectionBeforeAndAfterWithBothFetchTimes()
    {
        var figure = _flagged.Figures[0];
        var changed = ArticleCopies.Nudged(figure.ValueText);
        ArticleCopies.ReplaceInSource(figure, changed);

        await RunAsync();

        var queue = _desk.Services.GetRequiredService<IFindingQueue>();
        var item = (await queue.QueryAsync(new FindingQueueQuery(Severity.Correction), Ct)).Items.ShouldHaveSingleItem();
        var correction = (await Desk.FindAsync(item.Id, Ct))!.Finding;
        var (was, now) = (correction.Figures[0], correction.Figures[^1]);
        (was.ValueText, now.ValueText).ShouldBe((figure.ValueText, changed));
        var versions = _desk.Services.GetRequiredService<FactPipeline.Core.Review.Corrections.IArticleVersionStore>();
        var before = (await versions.FindVersionAsync(was.Source, was.ArticleId, Ct))!.LastFetchedAt;
        var after = (await versions.FindVersionAsync(now.Source, now.ArticleId, Ct))!.FirstFetchedAt;
        var page = await _editor.GetStringAsync($"/findings/{item.Id}", Ct);
        page.ShouldContain(WebUtility.HtmlEncode($"Before (fetched {FactPipeline.Web.Pages.Findings.FindingModel.FetchTime(before)})"));
        page.ShouldContain(WebUtility.HtmlEncode($"After (fetched {FactPipeline.Web.Pages.Findings.FindingModel.FetchTime(after)})"));
        page.ShouldContain($"<mark>{WebUtility.HtmlEncode(figure.ValueText)}</mark>");
        page.ShouldContain($"<mark>{WebUtility.HtmlEncode(changed)}</mark>");
        page.IndexOf("version-before", StringComparison.Ordinal).ShouldBeLessThan(page.IndexOf("version-after", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rerun_ASourceDroppedTheSentence_MarksTheFindingResolvedBySource()
    {
        var figure = _flagged.Figures[0];
        var text = await File.ReadAllTextAsync(figure.Source, Ct);
        text.ShouldContain(figure.Quote);
        await File.WriteAllTextAsync(figure.Source, text.Replace(figure.Quote, "", StringComparison.Ordinal), Ct);

        await RunAsync();

        var detail = (await Desk.FindAsync(_flagged.Id, Ct))!;
        detail.Finding.Status.ShouldBe(ReviewStatus.ResolvedBySource);
        detail.Finding.Present.ShouldBeFalse();
        var queue = _desk.Services.GetRequiredService<IFindingQueue>();
        (await queue.QueryAsync(new FindingQueueQuery(), Ct)).Items.ShouldNotContain(i => i.Id == _flagged.Id);
        (await queue.QueryAsync(new FindingQueueQuery(Status: ReviewStatus.ResolvedBySource), Ct)).Items.ShouldContain(i => i.Id == _flagged.Id);
    }

    private async Task RunAsync()
    {
        using var harness = new PipelineHarness(_desk.DatabasePath);
        await harness.RunAsync(_articles.Path);
    }

    private async Task<HttpClient> SignedInAsync(string name)
    {
        var browser = _desk.Browser();
        (await DeskFactory.SignInAsync(browser, name, DeskFactory.Password, null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    private async Task<long> VersionAsync() => (await Desk.FindAsync(_flagged.Id, Ct))!.Version;

    private async Task<HttpResponseMessage> PostDecisionAsync(HttpClient browser, string status, string note, long? version = null)
    {
        var token = await DeskFactory.TokenAsync(browser, $"/findings/{_flagged.Id}", Ct);
        return await browser.PostAsync($"/findings/{_flagged.Id}/decision", Form(token, status, note, version ?? await VersionAsync()), Ct);
    }

    private static FormUrlEncodedContent Form(string token, string status, string note, long version) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token,
        ["status"] = status,
        ["note"] = note,
        ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    [GeneratedRegex("id=\"status\" data-status=\"([a-z-]+)\"")]
    private static partial Regex Status();
}
