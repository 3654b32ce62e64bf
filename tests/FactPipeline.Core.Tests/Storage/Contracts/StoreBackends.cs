using FactPipeline.Core.Accounts;
using FactPipeline.Core.Fetching;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Review;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Fetching.Web;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Storage.Contracts;

/// <summary>Every store of one provider, over one database.</summary>
public sealed record ContractStores(
    IFactStore Facts, IFetchStateStore FetchState, ILlmStore Llm, IUserAccountStore Users, IReviewStore Review, IFindingQueue Queue,
    IRunLedger Ledger, IRunHistoryStore History, IHostSlotStore HostSlots);

/// <summary>Where a contract test's stores keep their data: a provider, and an empty database for each test.</summary>
public interface IStoreBackend : IAsyncDisposable
{
    /// <summary>
    /// New store instances over the test's database, empty on the first call; a later call of the same test opens the
    /// same database again (as another process would).
    /// </summary>
    Task<ContractStores> OpenAsync(CancellationToken cancellationToken);
}

/// <summary>SQLite on a file in a temporary folder of the test's own.</summary>
public sealed class SqliteBackend : IStoreBackend
{
    private readonly TempDirectory _temp = new();

    public Task<ContractStores> OpenAsync(CancellationToken cancellationToken)
    {
        var options = Options.Create(new StorageOptions { DatabasePath = _temp.File("facts.db") });
        return Task.FromResult(new ContractStores(
            new SqliteFactStore(options), new SqliteFetchStateStore(options), new SqliteLlmStore(options, TimeProvider.System),
            new SqliteUserAccountStore(options), new SqliteReviewStore(options), new SqliteFindingQueue(options),
            new SqliteRunLedger(options), new SqliteRunHistoryStore(options), new SqliteHostSlotStore(options)));
    }

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// One PostgreSQL database per test class (<see cref="PostgresServer"/>), made when the class starts and dropped after
/// it. Without <c>FACTPIPELINE_TEST_POSTGRES</c> its tests report skipped, except in CI, where they fail.
/// </summary>
public sealed class PostgresContractFixture : IAsyncLifetime
{
    public PostgresTestDatabase? Database { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (PostgresServer.ConnectionString is { } server)
        {
            Database = await PostgresServer.CreateDatabaseAsync(server);
        }
    }

    /// <summary>The class's database, or the test skipped (failed in CI) when no server is configured.</summary>
    public PostgresTestDatabase Require()
    {
        if (Database is null)
        {
            if (PostgresServer.Required)
            {
                Assert.Fail($"CI is set but {PostgresServer.Variable} is not: the PostgreSQL tests must run in CI ({PostgresServer.MissingReason})");
            }
            Assert.Skip(PostgresServer.MissingReason);
        }
        return Database;
    }

    public async ValueTask DisposeAsync()
    {
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }
}

/// <summary>PostgreSQL in the class's database, emptied before each test (the schema stays migrated).</summary>
public sealed class PostgresBackend(PostgresContractFixture fixture) : IStoreBackend
{
    private readonly List<PostgresDatabase> _opened = [];

    public async Task<ContractStores> OpenAsync(CancellationToken cancellationToken)
    {
        var database = fixture.Require();
        if (_opened.Count == 0)
        {
            await database.TruncateAsync(cancellationToken);
        }
        var postgres = new PostgresDatabase(database.ConnectionString);
        _opened.Add(postgres);
        return new ContractStores(
            new PostgresFactStore(postgres), new PostgresFetchStateStore(postgres), new PostgresLlmStore(postgres, TimeProvider.System),
            new PostgresUserAccountStore(postgres), new PostgresReviewStore(postgres), new PostgresFindingQueue(postgres),
            new PostgresRunLedger(postgres), new PostgresRunHistoryStore(postgres), new PostgresHostSlotStore(postgres));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }
    }
}

/// <summary>The base of every contract class: one backend per test, disposed after it.</summary>
public abstract class StoreContract(IStoreBackend backend) : IAsyncDisposable
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    /// <summary>The stores over this test's database (see <see cref="IStoreBackend.OpenAsync"/>).</summary>
    protected Task<ContractStores> OpenAsync() => backend.OpenAsync(Ct);

    public async ValueTask DisposeAsync()
    {
        await backend.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
