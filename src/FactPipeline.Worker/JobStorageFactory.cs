using FactPipeline.Core.Common;
using FactPipeline.Core.Storage;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Configuration;

namespace FactPipeline.Worker;

/// <summary>
/// Hangfire's storage on the provider the facts use (<c>Storage:Provider</c>): a SQLite file of its own beside the fact
/// store (one machine), or a <c>hangfire</c> schema in the same PostgreSQL database (many machines).
/// </summary>
internal static class JobStorageFactory
{
    public static JobStorage Create(IConfiguration configuration, StorageOptions storage, JobsOptions jobs)
    {
        if (storage.Provider == StorageProvider.Postgres)
        {
            var connectionString = storage.ConnectionString
                ?? throw new SettingsException("Storage:ConnectionString: required when Storage:Provider is Postgres");
            var options = new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = jobs.PollInterval,
                InvisibilityTimeout = jobs.InvisibilityTimeout,
                // A running job keeps extending its invisibility, so a long job is never taken over while its worker
                // lives, and a killed worker's job comes back once the timeout passes.
                UseSlidingInvisibilityTimeout = true,
                DistributedLockTimeout = jobs.DistributedLockTimeout,
            };
            // The bootstrapper is the package's one non-obsolete way to build the storage over a connection string.
            return GlobalConfiguration.Configuration.UsePostgreSqlStorage(bootstrap => bootstrap.UseNpgsqlConnection(connectionString), options).Entry;
        }
        var path = string.IsNullOrWhiteSpace(jobs.SqlitePath) ? BesideFacts(storage.DatabasePath) : jobs.SqlitePath;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        return new SQLiteStorage(Path.GetFullPath(path), new SQLiteStorageOptions
        {
            QueuePollInterval = jobs.PollInterval,
            InvisibilityTimeout = jobs.InvisibilityTimeout,
        });
    }

    /// <summary><c>data/factpipeline.db</c> → <c>data/factpipeline.jobs.db</c>.</summary>
    internal static string BesideFacts(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(databasePath) ?? "", Path.GetFileNameWithoutExtension(databasePath) + ".jobs.db");
}
