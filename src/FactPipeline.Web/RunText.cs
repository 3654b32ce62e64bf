using System.Globalization;
using FactPipeline.Core.Runs;
using Microsoft.Extensions.Localization;

namespace FactPipeline.Web;

/// <summary>How the run pages write a run's times and a finding's severity, in the request's language.</summary>
public static class RunText
{
    /// <summary>"4m 05s": a run takes seconds to hours; "—" while it runs. Units are the same in English and Korean pages.</summary>
    public static string Duration(RunSummary run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.FinishedAt is not { } finished)
        {
            return "—";
        }
        var span = finished - run.StartedAt;
        return span.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}h {span.Minutes:00}m")
            : span.TotalMinutes >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}m {span.Seconds:00}s")
            : string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.#}s");
    }

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The severity's label; a severity the resources do not name yet (a new one, such as "correction") as it is
    /// stored, rather than as its key.
    /// </summary>
    public static string Severity(IStringLocalizer text, string severity)
    {
        ArgumentNullException.ThrowIfNull(text);
        var label = text[$"Severity.{severity}"];
        return label.ResourceNotFound ? severity : label.Value;
    }
}
