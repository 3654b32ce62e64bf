using System.Text.Json;
using System.Text.Json.Nodes;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Cli;

/// <summary>
/// The Native AOT build of the command (<c>dotnet publish -r linux-x64 -p:PublishAot=true</c>), started as a process:
/// the paths that lean on reflection or generated code (settings binding and validation, data files, the store's
/// generated Dapper calls, report JSON, the Semantic Kernel connector, HTTP fetching) give what the JIT build gives.
/// <c>.ci/run</c> publishes it and names it in <c>FACTPIPELINE_NATIVE_CLI</c>; without that variable these report skipped.
/// </summary>
[Trait("Category", "EndToEnd")]
[Trait("Category", "NativeAot")]
public sealed class NativeAotCliTests : IDisposable
{
    private const string Variable = "FACTPIPELINE_NATIVE_CLI";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Native()
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(path))
        {
            Assert.Skip($"{Variable} is not set (.ci/run publishes the Native AOT build and sets it)");
        }
        File.Exists(path).ShouldBeTrue($"{Variable} names {path}, which does not exist");
        return path;
    }

    private Task<CliResult> RunNativeAsync(string[] args, IReadOnlyDictionary<string, string>? environment = null) =>
        CliRunner.RunExecutableAsync(Native(), _temp.Path, args, environment, Ct);

    [Fact]
    public async Task Run_Samples_WritesTheReportsTheInProcessCommandWrites()
    {
        var (nativeExit, _, nativeErrors) = await RunNativeAsync(["run", RepoPaths.Samples, "--out", _temp.File("native"), "--db", _temp.File("native.db")]);
        var (jitExit, _, jitErrors) = await CliRunner.RunAsync(_temp.Path, null, ["run", RepoPaths.Samples, "--out", _temp.File("jit"), "--db", _temp.File("jit.db")], Ct);

        nativeExit.ShouldBe(0, nativeErrors);
        jitExit.ShouldBe(0, jitErrors);
        var names = Directory.GetFiles(_temp.File("jit")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Directory.GetFiles(_temp.File("native")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(names);
        var (nativeRun, jitRun) = (await RunIdAsync("native"), await RunIdAsync("jit"));
        foreach (var name in names)
        {
            var native = Normalise(await File.ReadAllTextAsync(_temp.File($"native/{name}"), Ct), nativeRun);
            var jit = Normalise(await File.ReadAllTextAsync(_temp.File($"jit/{name}"), Ct), jitRun);
            native.ShouldBe(jit, name);
        }
    }

    [Fact]
    public async Task Run_SameSamplesTwice_SecondRunReusesEveryStoredArticle()
    {
        string[] args = ["run", RepoPaths.Samples, "--out", _temp.File("out"), "--db", _temp.File("cli.db"), "--verbose"];
        var (firstExit, _, firstErrors) = await RunNativeAsync(args);
        var first = await ReportAsync("out");
        var (secondExit, secondOutput, secondErrors) = await RunNativeAsync(args);

        firstExit.ShouldBe(0, firstErrors);
        secondExit.ShouldBe(0, secondErrors);
        var articles = first["run"]!["counts"]!["articles"]!.GetValue<int>();
        articles.ShouldBeGreaterThan(0);
        (secondOutput + secondErrors).ShouldContain($"{articles} articles ({articles} reused)");
    }

    [Fact]
    public async Task Run_FeedFromLoopbackServer_CountsWhatTheInProcessCommandCounts()
    {
        await using var server = await TestNewsServer.StartAsync(TestNewsServer.Fixture("samples-feed"), RepoPaths.Samples);

        var (exitCode, _, errors) = await RunNativeAsync(
            ["run", server.Url("/feed.xml"), "--allow-private-network", "--out", _temp.File("web"), "--db", _temp.File("web.db")],
            new Dictionary<string, string> { ["FACTPIPELINE_Fetching__PolitenessDelay"] = "00:00:00" });

        var (jitExit, _, jitErrors) = await CliRunner.RunAsync(
            _temp.Path, new Dictionary<string, string?> { ["Fetching:PolitenessDelay"] = "00:00:00" },
            ["run", server.Url("/feed.xml"), "--allow-private-network", "--out", _temp.File("jit"), "--db", _temp.File("jit.db")], Ct);

        exitCode.ShouldBe(0, errors);
        jitExit.ShouldBe(0, jitErrors);
        var counts = (await ReportAsync("web"))["run"]!["counts"]!;
        counts["articles"]!.GetValue<int>().ShouldBeGreaterThan(0);
        counts.ToJsonString().ShouldBe((await ReportAsync("jit"))["run"]!["counts"]!.ToJsonString());
        server.Hits("/feed.xml").ShouldBe(2);
    }

    [Fact]
    public async Task Run_ScriptedModelOnLoopback_CallsItThroughTheConnectorAndCountsTheCalls()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync();

        var (exitCode, _, errors) = await RunNativeAsync(
            ["run", RepoPaths.Samples, "--llm-endpoint", server.BaseUrl.ToString(), "--llm-model", "llama3.1", "--out", _temp.File("llm"), "--db", _temp.File("llm.db")]);

        exitCode.ShouldBe(0, errors);
        server.Requests.ShouldNotBeEmpty();
        server.Requests.ShouldAllBe(r => r.Model == "llama3.1");
        var calls = (await ReportAsync("llm"))["llm"]!["calls"]!.GetValue<int>();
        calls.ShouldBe(server.Requests.Count);
    }

    [Fact]
    public async Task Run_OutOfRangeSetting_ExitsWithTheSettingsErrorNamingTheKey()
    {
        var (exitCode, _, errors) = await RunNativeAsync(
            ["run", RepoPaths.Samples, "--out", _temp.File("out"), "--db", _temp.File("cli.db")],
            new Dictionary<string, string> { ["FACTPIPELINE_Fetching__Resilience__AttemptTimeout"] = "05:00:00" });

        exitCode.ShouldBe(2);
        errors.ShouldContain("Fetching:Resilience:AttemptTimeout");
        errors.ShouldContain("must be between");
    }

    [Fact]
    public async Task Users_AddWithPasswordOnStdinThenList_ShowsTheUser()
    {
        string[] db = ["--db", _temp.File("desk.db")];
        var (addExit, _, addErrors) = await CliRunner.RunExecutableAsync(
            Native(), _temp.Path, ["users", "add", "desk.editor", "--role", "editor", "--password-stdin", .. db], cancellationToken: Ct, stdin: "correct horse battery\n");
        var (listExit, listOutput, listErrors) = await RunNativeAsync(["users", "list", .. db]);

        addExit.ShouldBe(0, addErrors);
        listExit.ShouldBe(0, listErrors);
        listOutput.Trim().ShouldBe("desk.editor\teditor");
    }

    [Fact]
    public async Task Serve_NativeBuild_ExitsTwoSayingHowToStartTheDesk()
    {
        var (exitCode, _, errors) = await RunNativeAsync(["serve", "--db", _temp.File("desk.db")]);

        exitCode.ShouldBe(2);
        errors.ShouldContain("serve is not part of the native build");
    }

    private async Task<JsonNode> ReportAsync(string folder) =>
        JsonNode.Parse(await File.ReadAllTextAsync(_temp.File($"{folder}/report.json"), Ct))!;

    private async Task<string> RunIdAsync(string folder) => (await ReportAsync(folder))["run"]!["id"]!.GetValue<string>();

    /// <summary>The run's id and start time (different in every run) and its output folder taken out.</summary>
    private string Normalise(string text, string runId)
    {
        var lines = text.Replace(runId, "RUN", StringComparison.Ordinal)
            .Replace(_temp.Path, "TEMP", StringComparison.Ordinal)
            .Split('\n')
            .Where(line => !line.Contains("\"startedAt\"", StringComparison.Ordinal));
        return string.Join('\n', lines);
    }
}
