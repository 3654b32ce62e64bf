using FactPipeline.Core.Tests.TestSupport;
using Shouldly;

namespace FactPipeline.Core.Tests.Cli;

/// <summary>The CLI's run command, in process with captured output, the way a user runs it.</summary>
[Trait("Category", "EndToEnd")]
public sealed class CliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<CliResult> RunCliAsync(params string[] args) =>
        await CliRunner.RunAsync(_temp.Path, null, args, TestContext.Current.CancellationToken);

    /// <summary>The one run through a real process: the built program starts, reads its settings next to itself and exits.</summary>
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Process_RunSamples_ExitsZeroPrintsBudgetFindingAndWritesReportJson()
    {
        var (exitCode, output, errors) = await CliRunner.RunProcessAsync(
            _temp.Path, ["run", RepoPaths.Samples, "--out", _temp.File("out"), "--db", _temp.File("cli.db")], TestContext.Current.CancellationToken);

        exitCode.ShouldBe(0, errors);
        output.ShouldContain("budget (KRW)");
        File.Exists(_temp.File("out/report.json")).ShouldBeTrue();
    }

    [Fact]
    public async Task Run_Samples_ExitsZeroPrintsBudgetFindingAndWritesReports()
    {
        var (exitCode, output, errors) = await RunCliAsync("run", RepoPaths.Samples, "--out", _temp.File("out"), "--db", _temp.File("cli.db"));

        exitCode.ShouldBe(0, errors);
        output.ShouldContain("minor");
        output.ShouldContain("budget (KRW)");
        File.Exists(_temp.File("out/report.json")).ShouldBeTrue();
        File.Exists(_temp.File("out/report.ko.md")).ShouldBeTrue();
        File.Exists(_temp.File("out/digest.ko.html")).ShouldBeTrue();
        File.Exists(_temp.File("cli.db")).ShouldBeTrue();
        // Possible matches are hidden unless asked for: no section for them, whatever the run found.
        (await File.ReadAllTextAsync(_temp.File("out/report.en.md"), TestContext.Current.CancellationToken)).ShouldNotContain(PossibleHeadingEn);
        (await File.ReadAllTextAsync(_temp.File("out/digest.ko.md"), TestContext.Current.CancellationToken)).ShouldNotContain(PossibleHeadingKo);
    }

    private const string PossibleHeadingEn = "## Possible matches (not checked: the sources may be about different things)";
    private const string PossibleHeadingKo = "## 동일 사실 여부 미확인 (다른 대상일 수 있음)";

    [Fact]
    public async Task Run_ShowPossible_ReportsAndDigestsHaveThePossibleMatchesSection()
    {
        var (exitCode, _, errors) = await RunCliAsync(
            "run", RepoPaths.Samples, "--show-possible", "--out", _temp.File("out"), "--db", _temp.File("cli.db"));

        exitCode.ShouldBe(0, errors);
        var ct = TestContext.Current.CancellationToken;
        (await File.ReadAllTextAsync(_temp.File("out/report.en.md"), ct)).ShouldContain(PossibleHeadingEn);
        (await File.ReadAllTextAsync(_temp.File("out/report.ko.md"), ct)).ShouldContain(PossibleHeadingKo);
        (await File.ReadAllTextAsync(_temp.File("out/digest.en.md"), ct)).ShouldContain(PossibleHeadingEn);
        (await File.ReadAllTextAsync(_temp.File("out/digest.ko.md"), ct)).ShouldContain(PossibleHeadingKo);
        (await File.ReadAllTextAsync(_temp.File("out/report.json"), ct)).ShouldContain("\"possible\":");
    }

    [Fact]
    public async Task RunHelp_ListsShowPossible()
    {
        var (exitCode, output, errors) = await RunCliAsync("run", "--help");

        exitCode.ShouldBe(0, errors);
        output.ShouldContain("--show-possible");
    }

    [Fact]
    public async Task Run_GermanPageAmongSamples_PrintsItAsSetAside()
    {
        var german = _temp.File("de.html");
        File.Copy(Fixtures.PathOf("Extraction/de-declared-en.html"), german);

        var (exitCode, output, errors) = await RunCliAsync("run", RepoPaths.Samples, german, "--out", _temp.File("out"), "--db", _temp.File("cli.db"));

        exitCode.ShouldBe(0, errors);
        output.ShouldContain("set aside (language not supported): de 1");
    }

    [Fact]
    public async Task Run_OnlyMissingInput_ExitsNonZeroNamingIt()
    {
        var missing = _temp.File("no-such-article.txt");

        var (exitCode, _, errors) = await RunCliAsync("run", missing, "--out", _temp.File("out"), "--db", _temp.File("cli.db"));

        exitCode.ShouldNotBe(0);
        errors.ShouldContain("no-such-article.txt");
    }
}
