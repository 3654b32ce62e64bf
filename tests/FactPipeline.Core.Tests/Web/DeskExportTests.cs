using FactPipeline.Core.Tests.TestSupport;
using System.Net;
using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Tests.Review.Exports;

namespace FactPipeline.Core.Tests.Web;

/// <summary>/export/findings.csv and /export/claimreview.jsonld over a run of the samples with two decisions.</summary>
[Trait("Category", "EndToEnd")]
public sealed class DeskExportTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly DeskFactory _desk = new();
    private DeskSeed.Seeded _seed = null!;

    public async ValueTask InitializeAsync() => _seed = await DeskSeed.SeedAsync(_desk, Ct);

    public ValueTask DisposeAsync()
    {
        _seed?.Viewer.Dispose();
        _desk.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Csv_NoFilter_OneRowPerFlaggedFindingWithTheDecisions()
    {
        using var response = await _seed.Viewer.GetAsync("/export/findings.csv", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.ShouldNotBeNull().ShouldContain("findings.csv");
        var rows = ExportFixtures.ReadCsv(await response.Content.ReadAsByteArrayAsync(Ct)).Rows;
        rows.Select(r => r["id"]).ShouldBe(_seed.Stored.Where(f => f.IsFlag()).Select(f => f.Id), ignoreOrder: true);
        var confirmed = rows.Single(r => r["id"] == _seed.Confirmed.Id);
        confirmed["status"].ShouldBe("confirmed");
        confirmed["last_decision_by"].ShouldBe("desk.editor");
        confirmed["last_decision_note"].ShouldBe("checked both articles");
        confirmed["figure_1_value"].ShouldNotBeEmpty();
        confirmed["figure_2_value"].ShouldNotBeEmpty();
        confirmed["history"].ShouldContain("desk.editor: decided: confirmed");
        var wrong = rows.Single(r => r["id"] == _seed.SourceError.Id);
        wrong["last_decision_note"].ShouldBe("'=the ministry's table");
        wrong["correct_figure"].ShouldBe("10,4 triliun");
        wrong["primary_source"].ShouldBe("https://example.go.id/apbn");
        wrong["wrong_claim"].ShouldBe($"{wrong["figure_1_outlet"]}: {wrong["figure_1_value"]}");
    }

    [Fact]
    public async Task Csv_StatusFilter_OnlyThoseFindings()
    {
        var file = await _seed.Viewer.GetByteArrayAsync("/export/findings.csv?status=source-error", Ct);

        ExportFixtures.ReadCsv(file).Rows.Select(r => r["id"]).ShouldBe([_seed.SourceError.Id]);
    }

    [Fact]
    public async Task Csv_BadFilter_Is400NamingIt()
    {
        using var response = await _seed.Viewer.GetAsync("/export/findings.csv?status=maybe", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(Ct));
        json.RootElement.GetProperty("error").GetString()!.ShouldStartWith("status 'maybe' is not one of open, confirmed,");
    }

    [Fact]
    public async Task ClaimReview_ConfirmedAndSourceErrorFindings_AreTheReviews()
    {
        using var response = await _seed.Viewer.GetAsync("/export/claimreview.jsonld", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/ld+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(Ct));
        var reviews = json.RootElement.EnumerateArray().ToArray();
        reviews.Select(r => r.GetProperty("url").GetString()).ShouldBe(
            [$"http://127.0.0.1:5080/findings/{_seed.Confirmed.Id}", $"http://127.0.0.1:5080/findings/{_seed.SourceError.Id}"], ignoreOrder: true);
        reviews.ShouldAllBe(r => r.GetProperty("@type").GetString() == "ClaimReview");
        var wrong = reviews.Single(r => r.GetProperty("url").GetString()!.EndsWith(_seed.SourceError.Id, StringComparison.Ordinal));
        wrong.GetProperty("reviewRating").GetProperty("alternateName").GetString()!.ShouldStartWith("Source error: ");
        wrong.GetProperty("author").GetProperty("name").GetString().ShouldBe("FactPipeline");
    }

    [Fact]
    public async Task ClaimReview_FilteredToAnotherStatus_IsEmpty()
    {
        using var json = JsonDocument.Parse(await _seed.Viewer.GetByteArrayAsync("/export/claimreview.jsonld?status=open", Ct));

        json.RootElement.GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Export_NotSignedIn_RedirectsToSignIn()
    {
        using var stranger = _desk.Browser();

        using var response = await stranger.GetAsync("/export/findings.csv", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQuery.ShouldStartWith("/account/sign-in");
    }
}
