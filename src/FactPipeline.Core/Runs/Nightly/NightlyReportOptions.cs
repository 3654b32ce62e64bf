using System.ComponentModel.DataAnnotations;

namespace FactPipeline.Core.Runs.Nightly;

/// <summary>Where the nightly digests go (<c>Reports</c>): one folder per night, <c>NightlyDirectory/YYYY-MM-DD/</c>.</summary>
public sealed class NightlyReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>The folder that holds a dated folder per night; relative paths are from the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string NightlyDirectory { get; set; } = "out/nightly";
}
