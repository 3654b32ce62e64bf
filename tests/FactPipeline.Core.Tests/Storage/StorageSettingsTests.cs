using FactPipeline.Core.Common;
using FactPipeline.Core.Fetching;
using FactPipeline.Core.Review;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Tests.Storage;

/// <summary><c>Storage:Provider</c> and <c>Storage:ConnectionString</c>: which stores are registered, and a bad setting refused in one line.</summary>
public sealed class StorageSettingsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ServiceProvider Services(params (string Key, string Value)[] settings) =>
        new ServiceCollection()
            .AddStorage(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build())
            .BuildServiceProvider();

    [Fact]
    public void AddStorage_NoProvider_RegistersTheSqliteStores()
    {
        using var services = Services();

        services.GetRequiredService<IFactStore>().ShouldBeOfType<SqliteFactStore>();
        services.GetRequiredService<IFindingQueue>().ShouldBeOfType<SqliteFindingQueue>();
    }

    [Fact]
    public void AddStorage_PostgresInAnyCase_RegistersThePostgresStoresOverOneDataSource()
    {
        using var services = Services(("Storage:Provider", "postgres"), ("Storage:ConnectionString", "Host=127.0.0.1;Username=u;Database=d"));

        services.GetRequiredService<IFactStore>().ShouldBeOfType<PostgresFactStore>();
        services.GetRequiredService<IFetchStateStore>().ShouldBeOfType<PostgresFetchStateStore>();
        services.GetRequiredService<IReviewStore>().ShouldBeOfType<PostgresReviewStore>();
        services.GetRequiredService<PostgresDatabase>().Name.ShouldBe("postgres://127.0.0.1:5432/d");
    }

    [Fact]
    public void AddStorage_UnknownProvider_ThrowsNamingTheSetting()
    {
        var error = Should.Throw<SettingsException>(() => Services(("Storage:Provider", "Mysql")));

        error.Message.ShouldBe("Storage:Provider: 'Mysql' is not a storage provider (Sqlite or Postgres).");
    }

    private async Task<CliResult> RunAsync(params (string Key, string? Value)[] settings) =>
        await CliRunner.RunAsync(
            _temp.Path, settings.ToDictionary(s => s.Key, s => s.Value), ["run", RepoPaths.Samples, "--out", _temp.File("out")],
            TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("Mysql", null, "error: invalid settings: Storage:Provider: 'Mysql' is not a storage provider (Sqlite or Postgres).")]
    [InlineData("Postgres", null, "error: invalid settings: Storage:ConnectionString: required when Storage:Provider is Postgres (Host=…;Username=…;Password=…;Database=…).")]
    [InlineData("Postgres", "Host=db;Colour=blue", "error: invalid settings: Storage:ConnectionString: Npgsql cannot read it: ")]
    public async Task Run_BadStorageSetting_ExitsTwoWithOneLineNamingIt(string provider, string? connectionString, string expected)
    {
        var (exitCode, _, errors) = await RunAsync(("Storage:Provider", provider), ("Storage:ConnectionString", connectionString));

        exitCode.ShouldBe(2);
        errors.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith(expected);
        Directory.Exists(_temp.File("out")).ShouldBeFalse(); // refused before any work
    }
}
