using System.ComponentModel.DataAnnotations;

namespace FactPipeline.Core.Pipeline;

public sealed class ReportOptions
{
    public const string SectionName = "Report";

    /// <summary>Where report.json and the Markdown reports go.</summary>
    [Required(AllowEmptyStrings = false)]
    public string OutputDirectory { get; set; } = "out";

    /// <summary>
    /// List possible matches (probably, not surely, the same fact) on the console, in the Markdown reports and in the
    /// digests, apart from the checked findings. Off by default: report.json lists them anyway. <c>--show-possible</c>.
    /// </summary>
    public bool ShowPossible { get; set; }
}
