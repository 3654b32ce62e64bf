using System.Diagnostics;
using FactPipeline.Core.Tests.TestSupport;
using Shouldly;

namespace FactPipeline.Core.Tests.Pipeline;

/// <summary>The real CLI program, started as a process the way a user starts it.</summary>
[Trait("Category", "EndToEnd")]
public sealed class CliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<(int ExitCode, string Output, string Errors)> RunCliAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _temp.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(CliProgram.DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await errors);
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
