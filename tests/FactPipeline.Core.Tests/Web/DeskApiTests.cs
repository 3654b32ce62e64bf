using FactPipeline.Core.Tests.TestSupport;
using System.Net;
using System.Text.Json;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Tests.Web;

/// <summary>GET /api/findings and /api/findings/{id} over a run of the samples with two decisions.</summary>
[Trait("Category", "EndToEnd")]
public sealed class DeskApiTests : IAsyncLifetime
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

    private async Task<JsonElement> GetJsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _seed.Viewer.GetAsync(path, Ct);
        response.StatusCode.ShouldBe(expected);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(Ct));
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task List_SeverityFilter_ItemsTotalAndCounts()
    {
        // The severity of a finding the samples do give (they may have no conflict).
        var severity = _seed.Confirmed.Severity.ToString().ToLowerInvariant();
        var page = await GetJsonAsync($"/api/findings?severity={severity}");

        var matching = _seed.Stored.Where(f => f.Severity == _seed.Confirmed.Severity).Select(f => f.Id).ToArray();
        matching.ShouldNotBeEmpty();
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ShouldBe(matching, ignoreOrder: true);
        page.GetProperty("total").GetInt32().ShouldBe(matching.Length);
        page.GetProperty("page").GetInt32().ShouldBe(1);
        page.GetProperty("counts").GetProperty("bySeverity").GetProperty(severity).GetInt32().ShouldBe(matching.Length);
        // Per status by wire name, over the same findings.
        var byStatus = page.GetProperty("counts").GetProperty("byStatus").EnumerateObject().ToArray();
        byStatus.Sum(s => s.Value.GetInt32()).ShouldBe(matching.Length);
        foreach (var status in byStatus)
        {
            Core.Review.ReviewStatuses.All.Select(s => Core.Review.ReviewStatuses.Name(s)).ShouldContain(status.Name);
        }
        page.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("severity").GetString() == severity);
    }

    [Fact]
    public async Task List_StatusFilter_TheDecidedFindingWithItsDecision()
    {
        var page = await GetJsonAsync("/api/findings?status=confirmed");

        var item = page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("id").GetString().ShouldBe(_seed.Confirmed.Id);
        item.GetProperty("decisions")[0].GetProperty("note").GetString().ShouldBe("checked both articles");
        page.GetProperty("counts").GetProperty("byStatus").GetProperty("confirmed").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task List_NoFilter_EveryFlagWithClaims()
    {
        var page = await GetJsonAsync("/api/findings");

        var items = page.GetProperty("items").EnumerateArray().ToArray();
        page.GetProperty("total").GetInt32().ShouldBe(_seed.Stored.Count(f => f.IsFlag()));
        items.ShouldAllBe(i => i.GetProperty("claims").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task Get_SourceErrorFinding_ClaimsAndDecisionsInCamelCase()
    {
        var finding = await GetJsonAsync($"/api/findings/{_seed.SourceError.Id}");

        finding.GetProperty("id").GetString().ShouldBe(_seed.SourceError.Id);
        finding.GetProperty("status").GetString().ShouldBe("source-error");
        finding.GetProperty("topic").GetString().ShouldNotBeNullOrEmpty();
        var claims = finding.GetProperty("claims").EnumerateArray().ToArray();
        claims.Length.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var name in new[] { "claimId", "source", "outlet", "value", "language", "quote" })
        {
            claims[0].GetProperty(name).GetString().ShouldNotBeNullOrEmpty();
        }
        var decision = finding.GetProperty("decisions").EnumerateArray().ShouldHaveSingleItem();
        decision.GetProperty("by").GetString().ShouldBe("desk.editor");
        decision.GetProperty("status").GetString().ShouldBe("source-error");
        decision.GetProperty("note").GetString().ShouldBe("=the ministry's table");
        decision.GetProperty("sourceError").GetProperty("wrongClaimId").GetString().ShouldBe(claims[0].GetProperty("claimId").GetString());
        decision.GetProperty("sourceError").GetProperty("correctFigure").GetString().ShouldBe("10,4 triliun");
        decision.GetProperty("sourceError").GetProperty("primarySourceUrl").GetString().ShouldBe("https://example.go.id/apbn");
    }

    [Fact]
    public async Task Get_UnknownId_Is404()
    {
        var error = await GetJsonAsync("/api/findings/nope", HttpStatusCode.NotFound);

        error.GetProperty("error").GetString().ShouldBe("no finding nope");
    }

    [Fact]
    public async Task List_BadFilter_Is400NamingIt()
    {
        var error = await GetJsonAsync("/api/findings?from=yesterday", HttpStatusCode.BadRequest);

        error.GetProperty("error").GetString().ShouldBe("from 'yesterday' is not a date (yyyy-MM-dd)");
    }

    [Theory]
    [InlineData("/api/findings")]
    [InlineData("/api/findings/abc")]
    public async Task Api_NotSignedIn_Is401NotARedirect(string path)
    {
        using var stranger = _desk.Browser();

        using var response = await stranger.GetAsync(path, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
