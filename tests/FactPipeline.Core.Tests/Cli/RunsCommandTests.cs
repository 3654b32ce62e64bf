using System.Text.Json;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;
using static FactPipeline.Core.Tests.TestSupport.RunHistorySeed;

namespace FactPipeline.Core.Tests.Cli;

/// <summary><c>runs list</c> and <c>runs show</c>, in process, over two runs' history (<see cref="RunHistorySeed"/>).</summary>
public sealed class RunsCommandTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();
    private Seeded _runs = null!;

    private string Database => _temp.File("runs.db");

    public async ValueTask InitializeAsync() => _runs = await SeedAsync(Database, Ct);

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }

    private Task<CliResult> RunsAsync(params string[] args) => CliRunner.RunAsync(_temp.Path, null, ["runs", .. args, "--db", Database], Ct);

    /// <summary>The cells of the table row naming <paramref name="id"/>.</summary>
    private static string[] Row(string output, string id) =>
        [.. output.Split('\n').Single(line => line.Contains(id, StringComparison.Ordinal)).Split('│', StringSplitOptions.RemoveEmptyEntries)
            .Select(cell => cell.Trim()).Where(cell => cell.Length > 0)];

    [Fact]
    public async Task List_Text_NewestFirstWithStatusDurationArticlesFailuresAndDiffCounts()
    {
        var (exitCode, output, errors) = await RunsAsync("list");

        exitCode.ShouldBe(0, errors);
        output.IndexOf(_runs.Second, StringComparison.Ordinal).ShouldBeLessThan(output.IndexOf(_runs.First, StringComparison.Ordinal));
        Row(output, _runs.First).ShouldBe([_runs.First, "nightly", "completed", "2026-11-23 02:00 UTC", "2026-11-23 02:10 UTC", "10m 00s", "4", "1", "4", "0", "0", "0", "0"]);
        Row(output, _runs.Second).ShouldBe([_runs.Second, "manual", "completed", "2026-11-24 02:00 UTC", "2026-11-24 02:04 UTC", "4m 00s", "2", "0", "1", "2", "1", "1", "0"]);
    }

    [Fact]
    public async Task List_JsonWithLimitOne_TheNewestRunInTheDocumentedFields()
    {
        var (exitCode, output, errors) = await RunsAsync("list", "--json", "--limit", "1");

        exitCode.ShouldBe(0, errors);
        using var json = JsonDocument.Parse(output);
        var run = json.RootElement.GetProperty("runs").EnumerateArray().ShouldHaveSingleItem();
        run.GetProperty("id").GetString().ShouldBe(_runs.Second);
        (run.GetProperty("trigger").GetString(), run.GetProperty("status").GetString()).ShouldBe(("manual", "completed"));
        (run.GetProperty("startedAt").GetString(), run.GetProperty("finishedAt").GetString()).ShouldBe(("2026-11-24T02:00:00Z", "2026-11-24T02:04:00Z"));
        run.GetProperty("durationSeconds").GetDouble().ShouldBe(240);
        (run.GetProperty("articles").GetInt32(), run.GetProperty("items").GetInt32(), run.GetProperty("failedItems").GetInt32()).ShouldBe((2, 4, 0));
        var diff = run.GetProperty("diff");
        new[] { "new", "resolved", "changed", "reopened", "corrections" }.Select(k => diff.GetProperty(k).GetInt32()).ShouldBe([1, 2, 1, 1, 0]);
        run.GetProperty("error").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Show_Text_SummaryInputsSourcesLlmAndFailureReasons()
    {
        var (exitCode, output, errors) = await RunsAsync("show", _runs.First);

        exitCode.ShouldBe(0, errors);
        output.ShouldContain($"run {_runs.First} · nightly · completed");
        output.ShouldContain("4 articles, 12 claims, 4 findings; 5 items, 1 failed");
        output.ShouldContain("LLM: 3 calls, 1,500 tokens, $0.0042");
        output.ShouldContain($"  {Feed}\n");
        Row(output, "│ " + Feed).ShouldBe([Feed, "4", "3", "0", "1", $"{Gone}: HTTP 404"]);
        Row(output, "│ " + D).ShouldBe([D, "1", "1", "0", "0"]);
        output.ShouldContain("changes: 4 new, 0 resolved, 0 changed, 0 reopened, 0 corrections");
        output.ShouldContain("beta.example: was none, now 10,1 triliun won");
    }

    [Fact]
    public async Task Show_Text_EachDiffListWithTheFindingsAndTheirFigureChanges()
    {
        var (exitCode, output, errors) = await RunsAsync("show", _runs.Second);

        exitCode.ShouldBe(0, errors);
        output.ShouldContain("changes: 1 new, 2 resolved, 1 changed, 1 reopened, 0 corrections");
        Row(output, "│ " + Budget).ShouldBe([Budget, "budget (topic)", "conflict", "open", "beta.example: was 10,1 triliun won, now 12 triliun won"]);
        Row(output, "│ " + Staff).ShouldBe([Staff, "staff (topic)", "minor", "open", "gamma.example: was 320 orang, now 330 orang"]);
        Row(output, "│ " + Debt).ShouldBe([Debt, "debt (topic)", "conflict", "resolved-by-source", "gamma.example: was 45%, now none"]);
        output.IndexOf("Changed (1)", StringComparison.Ordinal).ShouldBeLessThan(output.IndexOf("│ " + Budget, StringComparison.Ordinal));
        output.IndexOf("Reopened (1)", StringComparison.Ordinal).ShouldBeLessThan(output.IndexOf("│ " + Staff, StringComparison.Ordinal));
        output.ShouldContain("New (1)");
        output.ShouldContain("Resolved (2)");
        output.ShouldNotContain("Corrections (");
    }

    [Fact]
    public async Task Show_Json_SourcesAndChangesInTheDocumentedFields()
    {
        var (exitCode, output, errors) = await RunsAsync("show", _runs.Second, "--json");

        exitCode.ShouldBe(0, errors);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("id").GetString().ShouldBe(_runs.Second);
        root.GetProperty("inputs").EnumerateArray().Select(i => i.GetString()).ShouldBe([Feed, D]);
        var feed = root.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("origin").GetString() == Feed);
        new[] { "found", "fetched", "unchanged", "failed" }.Select(k => feed.GetProperty(k).GetInt32()).ShouldBe([3, 2, 1, 0]);
        var changes = root.GetProperty("changes");
        changes.GetProperty("new").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldBe([Exports]);
        changes.GetProperty("resolved").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldBe([Debt, Rates]);
        changes.GetProperty("corrections").GetArrayLength().ShouldBe(0);
        var changed = changes.GetProperty("changed").EnumerateArray().ShouldHaveSingleItem();
        (changed.GetProperty("id").GetString(), changed.GetProperty("severity").GetString(), changed.GetProperty("status").GetString()).ShouldBe((Budget, "conflict", "open"));
        var figure = changed.GetProperty("figures").EnumerateArray().ShouldHaveSingleItem();
        (figure.GetProperty("source").GetString(), figure.GetProperty("outlet").GetString(), figure.GetProperty("was").GetString(), figure.GetProperty("now").GetString())
            .ShouldBe((B, "beta.example", "10,1 triliun won", "12 triliun won"));
    }

    [Fact]
    public async Task Show_UniquePrefixOfTheId_ShowsThatRun()
    {
        var shared = _runs.First.Zip(_runs.Second).TakeWhile(p => p.First == p.Second).Count();
        var prefix = _runs.Second[..(shared + 1)];

        var (exitCode, output, errors) = await RunsAsync("show", prefix, "--json");

        exitCode.ShouldBe(0, errors);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("id").GetString().ShouldBe(_runs.Second);
    }

    [Fact]
    public async Task Show_UnknownId_OneErrorLineAndExitCode1()
    {
        var (exitCode, output, errors) = await RunsAsync("show", "not-a-run");

        exitCode.ShouldBe(1);
        output.ShouldBeEmpty();
        errors.Trim().ShouldBe("error: no run 'not-a-run' (runs list shows the runs)");
    }

    [Fact]
    public async Task Show_PrefixOfSeveralRuns_OneErrorLineAndExitCode1()
    {
        // Seventeen runs: two of them share a first hex digit, whatever their random ids.
        var facts = new SqliteFactStore(Options.Create(new StorageOptions { DatabasePath = Database }));
        for (var k = 0; k < 15; k++)
        {
            await facts.StartRunAsync([$"extra-{k}.txt"], Tuesday.AddHours(k + 1), Ct);
        }
        var ids = (await new SqliteRunHistoryStore(Options.Create(new StorageOptions { DatabasePath = Database })).ListAsync(100, Ct)).Select(r => r.Id).ToArray();
        var prefix = ids.GroupBy(id => id[..1]).First(g => g.Count() > 1).Key;

        var (exitCode, output, errors) = await RunsAsync("show", prefix);

        exitCode.ShouldBe(1);
        output.ShouldBeEmpty();
        errors.Trim().ShouldStartWith($"error: run id '{prefix}' is ambiguous: ");
        errors.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public async Task List_NoDatabaseThere_SaysSoAndCreatesNone()
    {
        var missing = _temp.File("typo.db");

        var (exitCode, _, errors) = await CliRunner.RunAsync(_temp.Path, null, ["runs", "list", "--db", missing], Ct);

        exitCode.ShouldBe(2);
        errors.Trim().ShouldBe($"error: no database at {missing}");
        File.Exists(missing).ShouldBeFalse();
    }
}
