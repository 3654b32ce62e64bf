using System.Text.Json;
using FactPipeline.Core.Review;

namespace FactPipeline.Core.Storage;

/// <summary>A row of <c>finding_events</c> (<see cref="SelectList"/>).</summary>
#pragma warning disable IDE1006, CA1707 // column names
internal sealed class EventRow
{
    public const string SelectList = "seq, tracked_id, at, actor, kind, status, run_id, note, changes_json, source_error_json";

    public long seq { get; set; }
    public string tracked_id { get; set; } = "";
    public string at { get; set; } = "";
    public string actor { get; set; } = "";
    public string kind { get; set; } = "";
    public string status { get; set; } = "";
    public string? run_id { get; set; }
    public string? note { get; set; }
    public string? changes_json { get; set; }
    public string? source_error_json { get; set; }

    /// <summary>The row the reader is on, selected with <see cref="SelectList"/>.</summary>
    public static EventRow Read(System.Data.Common.DbDataReader r) => new()
    {
        seq = r.GetInt64(0), tracked_id = r.GetString(1), at = r.GetString(2), actor = r.GetString(3), kind = r.GetString(4),
        status = r.GetString(5), run_id = r.NullableString(6), note = r.NullableString(7), changes_json = r.NullableString(8),
        source_error_json = r.NullableString(9),
    };

    public FindingEvent ToEvent()
    {
        ReviewStatuses.TryParse(status, out var reviewStatus);
        return new FindingEvent(seq, tracked_id, TrackedRow.Time(at), actor, Enum.Parse<FindingEventKind>(kind), reviewStatus, run_id, note)
        {
            Changes = changes_json is null ? [] : JsonSerializer.Deserialize(changes_json, ReviewJson.Default.FigureChangeArray) ?? [],
            SourceError = source_error_json is null ? null : JsonSerializer.Deserialize(source_error_json, ReviewJson.Default.SourceErrorDetails),
        };
    }
}
#pragma warning restore IDE1006, CA1707
