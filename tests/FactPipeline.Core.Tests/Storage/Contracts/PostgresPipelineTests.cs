using System.Text.Json.Nodes;

namespace FactPipeline.Core.Tests.Storage.Contracts;

/// <summary>
/// The whole command on <c>Storage:Provider</c> Postgres: the samples give the report they give on SQLite, and a second
/// run reuses every stored article, as it does there.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PostgresPipelineTests(PostgresContractFixture fixture) : IClassFixture<PostgresContractFixture>, IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<JsonNode> ReportAsync(string folder) =>
        JsonNode.Parse(await File.ReadAllTextAsync(_temp.File($"{folder}/report.json"), Ct))!;

    /// <summary>The run's id and start time (different in every run) and the output folder taken out.</summary>
    private async Task<string> NormalisedAsync(string folder, string name)
    {
        var runId = (await ReportAsync(folder))["run"]!["id"]!.GetValue<string>();
        var text = (await File.ReadAllTextAsync(_temp.File($"{folder}/{name}"), Ct))
            .Replace(runId, "RUN", StringComparison.Ordinal).Replace(_temp.File(folder), "OUT", StringComparison.Ordinal);
        return string.Join('\n', text.Split('\n').Where(line => !line.Contains("\"startedAt\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Run_SamplesTwiceOnPostgres_GivesTheSqliteReportsAndReusesEveryArticle()
    {
        var database = fixture.Require();
        await database.TruncateAsync(Ct);
        var postgres = new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = database.ConnectionString };
        string[] onPostgres = ["run", RepoPaths.Samples, "--out", _temp.File("pg")];

        var (firstExit, _, firstErrors) = await CliRunner.RunAsync(_temp.Path, postgres, onPostgres, Ct);
        var (sqliteExit, _, sqliteErrors) = await CliRunner.RunAsync(_temp.Path, null, ["run", RepoPaths.Samples, "--out", _temp.File("sqlite"), "--db", _temp.File("facts.db")], Ct);
        var reports = await Task.WhenAll(new[] { "pg", "sqlite" }.Select(f => NormalisedAsync(f, "report.json")));
        var (secondExit, secondOutput, secondErrors) = await CliRunner.RunAsync(_temp.Path, postgres, [.. onPostgres, "--verbose"], Ct);

        (firstExit, sqliteExit, secondExit).ShouldBe((0, 0, 0), firstErrors + sqliteErrors + secondErrors);
        File.Exists(_temp.File("facts.db")).ShouldBeTrue();
        File.Exists(_temp.File("factpipeline.db")).ShouldBeFalse("Postgres writes no SQLite file");
        reports[0].ShouldBe(reports[1]);
        var articles = (await ReportAsync("pg"))["run"]!["counts"]!["articles"]!.GetValue<int>();
        articles.ShouldBeGreaterThan(0);
        (secondOutput + secondErrors).ShouldContain($"{articles} articles ({articles} reused)");
    }
}
