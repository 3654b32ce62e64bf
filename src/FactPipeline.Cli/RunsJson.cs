using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactPipeline.Core.Review;
using FactPipeline.Core.Runs;

namespace FactPipeline.Cli;

/// <summary>
/// <c>runs list --json</c> and <c>runs show --json</c>, written field by field with <see cref="Utf8JsonWriter"/> (no
/// reflection: the command is also a Native AOT program). The field names are a contract, documented in docs/RUNS.md:
/// add fields, never rename one.
/// </summary>
internal static class RunsJson
{
    // Relaxed: this is read by scripts and people, not embedded in HTML, so Korean topics stay readable.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string List(IReadOnlyList<RunSummary> runs) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("runs");
        foreach (var run in runs)
        {
            json.WriteStartObject();
            WriteSummary(json, run);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static string Show(RunDetail detail) => Write(json =>
    {
        json.WriteStartObject();
        WriteSummary(json, detail.Summary);
        json.WriteStartArray("inputs");
        foreach (var input in detail.Inputs)
        {
            json.WriteStringValue(input);
        }
        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (var source in detail.Sources)
        {
            WriteSource(json, source);
        }
        json.WriteEndArray();
        json.WriteStartObject("changes");
        WriteEntries(json, "new", detail.Diff.New);
        WriteEntries(json, "resolved", detail.Diff.Resolved);
        WriteEntries(json, "changed", detail.Diff.Changed);
        WriteEntries(json, "reopened", detail.Diff.Reopened);
        WriteEntries(json, "corrections", detail.Diff.Corrections);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    private static void WriteSummary(Utf8JsonWriter json, RunSummary run)
    {
        json.WriteString("id", run.Id);
        json.WriteString("trigger", RunStatusNames.Of(run.Trigger));
        json.WriteString("status", RunStatusNames.Of(run.Status));
        json.WriteString("startedAt", Time(run.StartedAt));
        if (run.FinishedAt is { } finished)
        {
            json.WriteString("finishedAt", Time(finished));
            json.WriteNumber("durationSeconds", Math.Round((finished - run.StartedAt).TotalSeconds, 3));
        }
        else
        {
            json.WriteNull("finishedAt");
            json.WriteNull("durationSeconds");
        }
        json.WriteNumber("articles", run.Totals.Articles);
        json.WriteNumber("claims", run.Totals.Claims);
        json.WriteNumber("findings", run.Totals.Findings);
        json.WriteNumber("items", run.Items);
        json.WriteNumber("failedItems", run.Failed);
        json.WriteStartObject("llm");
        json.WriteNumber("calls", run.Totals.LlmCalls);
        json.WriteNumber("tokens", run.Totals.LlmTokens);
        json.WriteNumber("costUsd", run.Totals.LlmCostUsd);
        json.WriteEndObject();
        json.WriteStartObject("diff");
        json.WriteNumber("new", run.Diff.New);
        json.WriteNumber("resolved", run.Diff.Resolved);
        json.WriteNumber("changed", run.Diff.Changed);
        json.WriteNumber("reopened", run.Diff.Reopened);
        json.WriteNumber("corrections", run.Diff.Corrections);
        json.WriteEndObject();
        json.WriteString("error", run.Error);
    }

    private static void WriteSource(Utf8JsonWriter json, RunSourceStats source)
    {
        json.WriteStartObject();
        json.WriteString("origin", source.Origin);
        json.WriteNumber("found", source.Found);
        json.WriteNumber("fetched", source.Fetched);
        json.WriteNumber("unchanged", source.Unchanged);
        json.WriteNumber("failed", source.Failed);
        json.WriteStartArray("failures");
        foreach (var failure in source.Failures)
        {
            json.WriteStartObject();
            json.WriteString("item", failure.Source);
            json.WriteString("reason", failure.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEntries(Utf8JsonWriter json, string name, IReadOnlyList<RunDiffEntry> entries)
    {
        json.WriteStartArray(name);
        foreach (var entry in entries)
        {
            json.WriteStartObject();
            json.WriteString("id", entry.FindingId);
            json.WriteString("topic", entry.Topic);
            json.WriteString("severity", entry.Severity);
            json.WriteString("status", entry.Status.Name());
            json.WriteStartArray("outlets");
            foreach (var outlet in entry.Outlets)
            {
                json.WriteStringValue(outlet);
            }
            json.WriteEndArray();
            json.WriteStartArray("figures");
            foreach (var change in entry.Changes)
            {
                json.WriteStartObject();
                json.WriteString("source", change.Source);
                json.WriteString("outlet", change.Outlet);
                json.WriteString("was", change.Before);
                json.WriteString("now", change.After);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
