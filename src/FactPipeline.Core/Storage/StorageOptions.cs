using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace FactPipeline.Core.Storage;

/// <summary>Where the stores keep their data (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file (<see cref="StorageOptions.DatabasePath"/>): the default, nothing to run.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database (<see cref="StorageOptions.ConnectionString"/>), which several workers can share.</summary>
    Postgres,
}

public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>SQLite database file; relative paths are relative to the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = "factpipeline.db";

    /// <summary>The Npgsql connection string (<c>Host=…;Username=…;Password=…;Database=…</c>); required for Postgres.</summary>
    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != StorageProvider.Postgres)
        {
            yield break;
        }
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "required when Storage:Provider is Postgres (Host=…;Username=…;Password=…;Database=…).", [nameof(ConnectionString)]);
        }
        else if (ParseError(ConnectionString) is { } error)
        {
            // The reason only, never the string itself: it may hold a password.
            yield return new ValidationResult($"Npgsql cannot read it: {error}", [nameof(ConnectionString)]);
        }
    }

    private static string? ParseError(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// The provider a configuration names, read before the options are bound (the stores registered depend on it): an
    /// unknown name is one clear settings error instead of the binder's conversion exception.
    /// </summary>
    public static StorageProvider ProviderIn(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var key = $"{SectionName}:{nameof(Provider)}";
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return StorageProvider.Sqlite;
        }
        // Names only: Enum.TryParse also takes numbers, and "7" is no provider.
        return Enum.GetNames<StorageProvider>().FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<StorageProvider>(name)
            : throw new Common.SettingsException($"{key}: '{text}' is not a storage provider (Sqlite or Postgres).");
    }
}
