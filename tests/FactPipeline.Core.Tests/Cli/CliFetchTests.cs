using System.Text.Json;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Cli;

/// <summary>The CLI's run command (in process) fetching a feed from the local test server, as a user would run it.</summary>
[Trait("Category", "EndToEnd")]
[Trait("Category", "Slow")]
public sealed class CliFetchTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    // Politeness delays are for real sites; the local server needs none.
    private static readonly Dictionary<string, string?> NoPolitenessDelay = new() { ["Fetching:PolitenessDelay"] = "00:00:00" };

    private async Task<CliResult> RunCliAsync(params string[] args) => await CliRunner.RunAsync(_temp.Path, NoPolitenessDelay, args, Ct);

    [Fact]
    public async Task Run_FeedUrlWithAllowPrivateNetwork_GivesTheSameFindingsAsTheFiles()
    {
        await using var server = await TestNewsServer.StartAsync(TestNewsServer.Fixture("samples-feed"), RepoPaths.Samples);

        var (webExit, _, webErrors) = await RunCliAsync(
            "run", server.Url("/feed.xml"), "--allow-private-network", "--out", _temp.File("web"), "--db", _temp.File("web.db"));
        var (fileExit, _, fileErrors) = await RunCliAsync("run", RepoPaths.Samples, "--out", _temp.File("files"), "--db", _temp.File("files.db"));

        webExit.ShouldBe(0, webErrors);
        fileExit.ShouldBe(0, fileErrors);
        webErrors.ShouldBeEmpty();
        var web = await FindingsAsync(_temp.File("web/report.json"));
        web.ShouldNotBeEmpty();
        web.ShouldBe(await FindingsAsync(_temp.File("files/report.json")));
    }

    [Fact]
    public async Task Run_FeedUrlWithoutAllowPrivateNetwork_RefusesLoopback()
    {
        await using var server = await TestNewsServer.StartAsync(TestNewsServer.Fixture("samples-feed"), RepoPaths.Samples);

        var (exitCode, _, errors) = await RunCliAsync("run", server.Url("/feed.xml"), "--out", _temp.File("out"), "--db", _temp.File("cli.db"));

        exitCode.ShouldBe(1);
        errors.ShouldContain("refused: resolves to loopback address 127.0.0.1");
        server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_NoInputsAndNoSources_ExitsWithClearError()
    {
        var (exitCode, _, errors) = await RunCliAsync("run", "--out", _temp.File("out"), "--db", _temp.File("cli.db"));

        exitCode.ShouldBe(2);
        errors.ShouldContain("no inputs given and no Sources configured");
    }

    [Fact]
    public async Task Run_NoInputs_ReadsSourcesFromAppSettings()
    {
        await using var server = await TestNewsServer.StartAsync(TestNewsServer.Fixture("news"));
        await File.WriteAllTextAsync(_temp.File("appsettings.json"), JsonSerializer.Serialize(new
        {
            Fetching = new { AllowPrivateNetwork = true, MaxCrawlDelay = "00:00:00" },
            Sources = new[] { new { Name = "Harian Nusantara", Url = server.Url("/clean.xml"), Kind = "rss", Limit = 2 } },
        }), Ct);

        var (exitCode, output, errors) = await RunCliAsync("run", "--out", _temp.File("out"), "--db", _temp.File("cli.db"));

        exitCode.ShouldBe(0, errors);
        output.ShouldContain("2 articles");
    }

    /// <summary>Severity, topic and amounts of each finding in a report.json, sorted.</summary>
    private static async Task<string[]> FindingsAsync(string reportPath)
    {
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(reportPath, Ct));
        var amounts = report.RootElement.GetProperty("claims").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("value").GetProperty("amount").ToString());
        return report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("severity")} {f.GetProperty("topic")} " +
                string.Join("/", f.GetProperty("claimIds").EnumerateArray().Select(id => amounts[id.GetString()!]).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
