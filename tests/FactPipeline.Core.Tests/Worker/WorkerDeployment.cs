using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Tests.Storage.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Tests.Worker;

/// <summary>
/// The settings an operator gives every <c>worker</c> and <c>enqueue</c> of a deployment (as <c>FACTPIPELINE_</c>
/// environment variables), and the stores they wrote, read as the desk would read them.
/// </summary>
internal static class WorkerDeployment
{
    private const string Prefix = "FACTPIPELINE_";

    /// <summary>A deployment on SQLite at <paramref name="database"/>; reports under <paramref name="output"/>.</summary>
    public static Dictionary<string, string> Settings(string database, string output) => new()
    {
        ["FACTPIPELINE_Storage__DatabasePath"] = database,
        ["FACTPIPELINE_Fetching__AllowPrivateNetwork"] = "true",
        ["FACTPIPELINE_Fetching__PolitenessDelay"] = "00:00:00",
        ["FACTPIPELINE_Fetching__DefaultItemLimit"] = "100000",
        ["FACTPIPELINE_Jobs__PollInterval"] = "00:00:00.500",
        ["FACTPIPELINE_Jobs__InvisibilityTimeout"] = "00:00:10",
        ["FACTPIPELINE_Jobs__WorkerCount"] = "4",
        ["FACTPIPELINE_Report__OutputDirectory"] = output,
    };

    /// <summary>
    /// A deployment on the class's PostgreSQL database, emptied first, Hangfire's schema included (its queues would
    /// still hold an earlier test's jobs).
    /// </summary>
    public static async Task<Dictionary<string, string>> PostgresSettingsAsync(PostgresContractFixture postgres, string output, CancellationToken cancellationToken)
    {
        var database = postgres.Require();
        await database.TruncateAsync(cancellationToken);
        await using (var connection = new Npgsql.NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new Npgsql.NpgsqlCommand("DROP SCHEMA IF EXISTS hangfire CASCADE", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        var settings = Settings(Path.Combine(output, "unused.db"), output);
        settings["FACTPIPELINE_Storage__Provider"] = "Postgres";
        settings["FACTPIPELINE_Storage__ConnectionString"] = database.ConnectionString;
        return settings;
    }

    /// <summary>The stores the settings point at, in this process.</summary>
    public static ServiceProvider Stores(Dictionary<string, string> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings
            .Where(s => s.Key.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(s => KeyValuePair.Create(s.Key[Prefix.Length..].Replace("__", ":", StringComparison.Ordinal), (string?)s.Value))).Build();
        return new ServiceCollection().AddFactPipeline(configuration).BuildServiceProvider();
    }
}
