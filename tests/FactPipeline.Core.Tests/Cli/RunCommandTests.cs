using FactPipeline.TestSupport;
using Microsoft.Data.Sqlite;

namespace FactPipeline.Core.Tests.Cli;

/// <summary>The run command in process: which failures become a one-line error and exit code 2.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<(int ExitCode, string Errors)> RunAsync(params string[] args)
    {
        var result = await CliRunner.RunAsync(_temp.Path, settings: null, args, TestContext.Current.CancellationToken);
        return (result.ExitCode, result.Errors);
    }

    [Fact]
    public async Task Run_DatabaseFromNewerProgram_ExitsTwoWithStorageError()
    {
        var database = _temp.File("newer.db");
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE schema_info (version INTEGER NOT NULL); INSERT INTO schema_info VALUES (999);";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var (exitCode, errors) = await RunAsync("run", RepoPaths.Samples, "--out", _temp.File("out"), "--db", database);

        exitCode.ShouldBe(2);
        errors.Trim().ShouldBe($"error: storage: {database}: database schema version 999 is newer than this program understands ({FactPipeline.Core.Storage.SqliteSchema.Version}).");
    }

    [Fact]
    public async Task Run_Verbose_WritesDebugLinesToTheErrorWriterAndStillReports()
    {
        var (exitCode, errors) = await RunAsync("run", RepoPaths.Samples, "--out", _temp.File("out"), "--db", _temp.File("run.db"), "--verbose");

        exitCode.ShouldBe(0, errors);
        File.Exists(_temp.File(Path.Combine("out", "report.json"))).ShouldBeTrue();
        errors.ShouldContain("dbug: Microsoft.Extensions.Hosting.Internal.Host");
    }

    [Fact]
    public async Task Run_NotVerbose_WritesNoDebugOrInformationLines()
    {
        var (exitCode, errors) = await RunAsync("run", RepoPaths.Samples, "--out", _temp.File("out"), "--db", _temp.File("run.db"));

        exitCode.ShouldBe(0, errors);
        errors.ShouldNotContain("dbug:");
        errors.ShouldNotContain("info:");
    }
}
