using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Tests.Review.Exports;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Cli;

/// <summary><c>export</c>, in process, over a database a run of the samples filled and an editor decided one finding in.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ExportCommandTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();
    private IReadOnlyList<Finding> _flags = [];

    private string Database => _temp.File("desk.db");

    public async ValueTask InitializeAsync()
    {
        using var harness = new PipelineHarness(Database);
        _flags = [.. (await harness.RunAsync(DeskInputs.Flagged)).Report.Findings.Where(f => f.IsFlag())];
        var desk = harness.Get<ReviewDesk>();
        var detail = (await desk.FindAsync(_flags[0].Id, Ct)).ShouldNotBeNull();
        (await desk.DecideAsync(_flags[0].Id, new DecisionForm("confirmed", "both articles checked", detail.Version), "desk.editor", Ct))
            .ShouldBe(DecisionOutcome.Recorded);
    }

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }

    private Task<CliResult> ExportAsync(params string[] args) =>
        CliRunner.RunAsync(_temp.Path, null, ["export", .. args, "--db", Database], Ct);

    [Fact]
    public async Task Csv_EveryFlaggedFinding_OneRowEach()
    {
        var (exitCode, output, errors) = await ExportAsync("--format", "csv", "--out", "findings.csv");

        exitCode.ShouldBe(0, errors);
        output.Trim().ShouldBe($"wrote {_flags.Count} findings to {_temp.File("findings.csv")}");
        var rows = ExportFixtures.ReadCsv(await File.ReadAllBytesAsync(_temp.File("findings.csv"), Ct)).Rows;
        rows.Select(r => r["id"]).ShouldBe(_flags.Select(f => f.Id), ignoreOrder: true);
        rows.Single(r => r["id"] == _flags[0].Id)["last_decision_note"].ShouldBe("both articles checked");
    }

    [Fact]
    public async Task Csv_SeveralStatuses_OnlyThose()
    {
        var (exitCode, _, errors) = await ExportAsync("--format", "csv", "--status", "confirmed", "--status", "dismissed", "--out", "confirmed.csv");

        exitCode.ShouldBe(0, errors);
        ExportFixtures.ReadCsv(await File.ReadAllBytesAsync(_temp.File("confirmed.csv"), Ct)).Rows.Select(r => r["id"]).ShouldBe([_flags[0].Id]);
    }

    [Fact]
    public async Task ClaimReview_TheConfirmedFinding()
    {
        var (exitCode, output, errors) = await ExportAsync("--format", "claimreview", "--out", "reviews.jsonld");

        exitCode.ShouldBe(0, errors);
        output.ShouldContain("wrote 1 findings");
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(_temp.File("reviews.jsonld"), Ct));
        var review = json.RootElement.EnumerateArray().ShouldHaveSingleItem();
        review.GetProperty("@type").GetString().ShouldBe("ClaimReview");
        review.GetProperty("url").GetString().ShouldBe($"http://127.0.0.1:5080/findings/{_flags[0].Id}");
    }

    [Theory]
    [InlineData("--format", "xml", "error: --format 'xml' is not one of csv, claimreview")]
    [InlineData("--status", "maybe", "error: --status 'maybe' is not one of open, confirmed,")]
    public async Task BadFormatOrStatus_ExitsTwoNamingIt(string option, string value, string message)
    {
        string[] args = option == "--format" ? ["--format", value] : ["--format", "csv", "--status", value];

        var (exitCode, _, errors) = await ExportAsync([.. args, "--out", "x.out"]);

        exitCode.ShouldBe(2);
        errors.ShouldStartWith(message);
        File.Exists(_temp.File("x.out")).ShouldBeFalse();
    }

    [Fact]
    public async Task ClaimReview_StatusItDoesNotPublish_ExitsTwo()
    {
        var (exitCode, _, errors) = await ExportAsync("--format", "claimreview", "--status", "dismissed", "--out", "x.jsonld");

        exitCode.ShouldBe(2);
        errors.Trim().ShouldBe("error: --status 'dismissed': claimreview publishes only confirmed and source-error findings");
    }
}
