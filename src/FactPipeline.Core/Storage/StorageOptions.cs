using System.ComponentModel.DataAnnotations;

namespace FactPipeline.Core.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>SQLite database file; relative paths are relative to the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = "factpipeline.db";
}
