using System.Text.Json;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace FactPipeline.Core.Tests.Worker;

/// <summary>
/// Real processes: two <c>worker</c>s and an <c>enqueue</c> over a generated site of 500 articles on 127.0.0.1, against
/// a run of the same site in one process. Slow (a minute or two each); CI runs them.
/// </summary>
[Trait("Category", "MultiProcess")]
public sealed class ScaleOutTests : IAsyncLifetime
{
    private const int ArticleCount = 500;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();
    private SyntheticNewsSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await SyntheticNewsSite.StartAsync(ArticleCount, seed: 7);

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        _temp.Dispose();
    }

    private Dictionary<string, string> Settings(string database) => new()
    {
        ["FACTPIPELINE_Storage__DatabasePath"] = database,
        ["FACTPIPELINE_Fetching__AllowPrivateNetwork"] = "true",
        ["FACTPIPELINE_Fetching__PolitenessDelay"] = "00:00:00",
        ["FACTPIPELINE_Fetching__DefaultItemLimit"] = "100000",
        ["FACTPIPELINE_Jobs__PollInterval"] = "00:00:00.500",
        ["FACTPIPELINE_Jobs__InvisibilityTimeout"] = "00:00:10",
        ["FACTPIPELINE_Jobs__WorkerCount"] = "4",
        ["FACTPIPELINE_Report__OutputDirectory"] = _temp.File("out"),
    };

    private async Task<IReadOnlyList<(string Id, string Severity)>> OneProcessFindingsAsync()
    {
        var output = _temp.File("single-out");
        var result = await CliRunner.RunExecutableAsync("dotnet", _temp.Path,
            [CliProgram.DllPath, "run", _site.SitemapUrl, "--out", output], Settings(_temp.File("single.db")), Ct);
        result.ExitCode.ShouldBe(0, result.Errors);
        return await FindingsAsync(Path.Combine(output, "report.json"));
    }

    private static async Task<IReadOnlyList<(string Id, string Severity)>> FindingsAsync(string reportPath)
    {
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(reportPath, Ct));
        return report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("severity").GetString()!)).ToArray();
    }

    private async Task<string> EnqueueAndWaitAsync(Dictionary<string, string> settings)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(6));
        var result = await CliRunner.RunExecutableAsync("dotnet", _temp.Path, [CliProgram.DllPath, "enqueue", _site.SitemapUrl, "--wait"], settings, timeout.Token);
        result.ExitCode.ShouldBe(0, result.Errors + result.Output);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[^1].ShouldEndWith(": completed");
        return lines[0].Trim();
    }

    /// <summary>The run's processing log: every item once (the key), with the worker that did it.</summary>
    private static async Task<IReadOnlyList<(string Item, string State, string? Worker)>> LogAsync(string database, string runId)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT item, state, worker FROM run_items WHERE run_id = @run";
        command.Parameters.AddWithValue("@run", runId);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<(string, string, string?)>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }
        return rows;
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    [Fact]
    public async Task TwoWorkers_GeneratedSite_EveryArticleOnceAndTheOneProcessFindings()
    {
        var expected = await OneProcessFindingsAsync();
        var database = _temp.File("jobs.db");
        var settings = Settings(database);
        await using var first = WorkerProcess.Start(_temp.Path, settings);
        await using var second = WorkerProcess.Start(_temp.Path, settings);

        var runId = await EnqueueAndWaitAsync(settings);

        var log = await LogAsync(database, runId);
        log.Count.ShouldBe(ArticleCount, first.Output + second.Output);
        log.ShouldAllBe(row => row.State == "done");
        log.Select(row => row.Worker).Distinct().Count().ShouldBe(2, "both workers did some of the articles");
        (await ScalarAsync(database, "SELECT COUNT(*) FROM articles")).ShouldBe(ArticleCount);
        (await ScalarAsync(database, "SELECT final_completions FROM run_status")).ShouldBe(1);
        expected.ShouldNotBeEmpty();
        (await FindingsAsync(_temp.File($"out/runs/{runId}/report.json"))).ShouldBe(expected);
    }

    [Fact]
    public async Task WorkerKilledHalfway_RunCompletesWithTheSameFindingsAndNothingTwice()
    {
        var expected = await OneProcessFindingsAsync();
        var expectedClaims = await ScalarAsync(_temp.File("single.db"), "SELECT COUNT(*) FROM claims");
        var database = _temp.File("jobs.db");
        var settings = Settings(database);
        await using var victim = WorkerProcess.Start(_temp.Path, settings);
        await using var survivor = WorkerProcess.Start(_temp.Path, settings);

        var enqueue = EnqueueAndWaitAsync(settings);
        // Halfway: once a third of the articles are logged, the victim is mid-run with jobs in hand.
        while (!File.Exists(database) || await DoneAsync(database) < ArticleCount / 3)
        {
            enqueue.IsCompleted.ShouldBeFalse("the run finished before the kill");
            await Task.Delay(100, Ct);
        }
        await victim.KillAsync();
        var runId = await enqueue;

        var log = await LogAsync(database, runId);
        log.Count.ShouldBe(ArticleCount, survivor.Output);
        log.ShouldAllBe(row => row.State == "done");
        (await ScalarAsync(database, "SELECT COUNT(*) FROM articles")).ShouldBe(ArticleCount);
        (await ScalarAsync(database, "SELECT COUNT(*) FROM claims")).ShouldBe(expectedClaims);
        (await ScalarAsync(database, "SELECT final_completions FROM run_status")).ShouldBe(1);
        (await FindingsAsync(_temp.File($"out/runs/{runId}/report.json"))).ShouldBe(expected);
    }

    private static async Task<long> DoneAsync(string database)
    {
        try
        {
            return await ScalarAsync(database, "SELECT COUNT(*) FROM run_items WHERE state = 'done'");
        }
        catch (SqliteException)
        {
            return 0; // the tables are not there yet
        }
    }
}
