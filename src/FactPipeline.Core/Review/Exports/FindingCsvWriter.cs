using System.Globalization;
using CsvHelper;

namespace FactPipeline.Core.Review.Exports;

/// <summary>
/// The findings as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read Korean right), one row per finding
/// with its figures side by side, its last decision and its audit trail. Columns: <see cref="Header"/>.
/// </summary>
/// <remarks>
/// Written field by field (no class maps: reflection-free, so the Native AOT CLI can write it). Text cells carry what
/// articles and editors wrote, so a cell starting with <c>= + - @</c>, tab or CR gets a leading apostrophe
/// (CsvHelper's <see cref="CsvInjection.Escape"/>): a spreadsheet shows it as text instead of running it as a formula
/// (CSV injection). Numbers and dates are written as such and never escaped.
/// </remarks>
public static class FindingCsvWriter
{
    /// <summary>Columns per figure, after <c>figure_N_</c>.</summary>
    public static readonly IReadOnlyList<string> FigureColumns = ["outlet", "source", "value", "language", "quote"];

    /// <summary>At least this many figures' columns, so two exports of ordinary findings line up.</summary>
    public const int MinFigures = 2;

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>The header for exports whose findings have at most <paramref name="figures"/> figures.</summary>
    public static IReadOnlyList<string> Header(int figures) =>
    [
        "id", "severity", "status", "present", "topic", "subjects", "difference_percent", "first_seen",
        .. Enumerable.Range(1, Math.Max(MinFigures, figures)).SelectMany(n => FigureColumns.Select(c => $"figure_{n}_{c}")),
        "last_decision", "last_decision_by", "last_decision_at", "last_decision_note", "wrong_claim", "correct_figure", "primary_source",
        "history",
    ];

    /// <param name="language">The language of the history column's words ("en", "ko"; <see cref="FindingEventText"/>).</param>
    public static void Write(Stream output, IReadOnlyList<FindingDetail> findings, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(findings);
        var figures = Math.Max(MinFigures, findings.Count == 0 ? 0 : findings.Max(d => d.Finding.Figures.Count));
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        foreach (var column in Header(figures))
        {
            csv.WriteField(column);
        }
        csv.EndRecord();
        foreach (var detail in findings)
        {
            WriteRow(csv, detail, figures, language);
        }
    }

    private static void WriteRow(CsvWriter csv, FindingDetail detail, int figures, string language)
    {
        var finding = detail.Finding;
        csv.WriteField(finding.Id);
        csv.WriteField(finding.Severity.ToString().ToLowerInvariant());
        csv.WriteField(finding.Status.Name());
        csv.WriteField(finding.Present);
        csv.WriteField(finding.Topic);
        csv.WriteField(string.Join("; ", finding.Subjects));
        csv.WriteField(finding.DifferencePercent, "");
        csv.WriteField(Utc(finding.FirstSeenAt));
        for (var n = 0; n < figures; n++)
        {
            var figure = n < finding.Figures.Count ? finding.Figures[n] : null;
            csv.WriteField(figure is null ? null : Outlet.Of(figure.Source));
            csv.WriteField(figure?.Source);
            csv.WriteField(figure?.ValueText);
            csv.WriteField(figure?.Language);
            csv.WriteField(figure?.Quote);
        }
        var decision = FindingDecisions.Last(detail);
        csv.WriteField(decision?.Status.Name());
        csv.WriteField(decision?.Actor);
        csv.WriteField(decision is null ? null : Utc(decision.At));
        csv.WriteField(decision?.Note);
        var wrong = decision is null ? null : FindingDecisions.WrongFigure(detail, decision);
        csv.WriteField(wrong is null ? decision?.SourceError?.WrongClaimId : FindingDecisions.Describe(wrong));
        csv.WriteField(decision?.SourceError?.CorrectFigure);
        csv.WriteField(decision?.SourceError?.PrimarySourceUrl);
        // One line per entry, oldest first: a spreadsheet shows the trail inside the cell.
        csv.WriteField(string.Join("\n", detail.History.OrderBy(e => e.Sequence).Select(e => $"{Utc(e.At)} {e.Actor}: {FindingEventText.Describe(e, language)}")));
        csv.EndRecord();
    }

    // Text, not a date field: one fixed UTC form ("2026-11-23T02:00:00Z") that sorts and reads the same everywhere.
    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
