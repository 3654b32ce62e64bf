using System.ComponentModel.DataAnnotations;

namespace FactPipeline.Core.Pipeline;

public sealed class ReportOptions
{
    public const string SectionName = "Report";

    /// <summary>Where report.json and the Markdown reports go.</summary>
    [Required(AllowEmptyStrings = false)]
    public string OutputDirectory { get; set; } = "out";
}
