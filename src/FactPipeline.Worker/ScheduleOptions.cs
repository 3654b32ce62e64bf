using System.ComponentModel.DataAnnotations;
using Cronos;

namespace FactPipeline.Worker;

/// <summary>When the nightly run starts: a cron expression read in a time zone (<c>Schedule</c> in appsettings.json).</summary>
public sealed class ScheduleOptions : IValidatableObject
{
    public const string SectionName = "Schedule";

    /// <summary>Five fields (minute hour day month weekday), as cron reads them: 02:00 every day by default.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Cron { get; set; } = "0 2 * * *";

    /// <summary>An IANA time zone id (<c>Asia/Jakarta</c>, <c>Asia/Seoul</c>, <c>UTC</c>).</summary>
    [Required(AllowEmptyStrings = false)]
    public string TimeZone { get; set; } = "Asia/Jakarta";

    /// <summary>Off: <c>serve</c> registers no nightly run (jobs queued with <c>enqueue</c> still run).</summary>
    public bool Enabled { get; set; } = true;

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public CronExpression Expression => CronExpression.Parse(Cron, CronFormat.Standard);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Cron))
        {
            string? problem = null;
            try
            {
                _ = Expression;
            }
            catch (CronFormatException e)
            {
                problem = $"'{Cron}' is not a cron expression of five fields ({e.Message})";
            }
            if (problem is not null)
            {
                yield return new ValidationResult(problem, [nameof(Cron)]);
            }
        }
        if (!string.IsNullOrWhiteSpace(TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"'{TimeZone}' is not a known time zone (use an IANA id such as Asia/Jakarta)", [nameof(TimeZone)]);
        }
    }

    /// <summary>The next start after <paramref name="after"/>, in UTC.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) => Expression.GetNextOccurrence(after, Zone);
}
