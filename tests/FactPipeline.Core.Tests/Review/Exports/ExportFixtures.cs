using CsvHelper;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;

namespace FactPipeline.Core.Tests.Review.Exports;

/// <summary>Hand-made findings for the writers: hostile article text (formulas, commas, quotes, newlines) and Korean.</summary>
internal static class ExportFixtures
{
    public static readonly DateTimeOffset Seen = new(2026, 11, 20, 8, 30, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset DecidedAt = new(2026, 11, 23, 9, 15, 0, TimeSpan.Zero);

    public const string Formula = "=HYPERLINK(\"http://evil.example\",\"click\")";

    public static TrackedFigure Figure(string source, string claimId, string value, string language, string quote) =>
        new(source, "article-" + claimId, claimId, 10, value, 1m, "KRW", language, quote, quote, 0);

    /// <summary>Three figures: an Indonesian one whose quote is a formula, a Korean one, a local file with commas and a newline.</summary>
    public static FindingDetail Hostile(ReviewStatus status = ReviewStatus.Open, params FindingEvent[] decisions)
    {
        TrackedFigure[] figures =
        [
            Figure("https://www.kompas.com/read/1", "c1", "10,4 triliun won", "id", Formula),
            Figure("https://www.chosun.com/a/2", "c2", "12조 원", "ko", "정부는 예산을 \"12조 원\"으로, 늘렸다."),
            Figure("/data/press, release.txt", "c3", "-5 persen", "id", "Turun 5 persen,\nkata \"menteri\"."),
        ];
        var finding = new TrackedFinding("f1", "f1", Severity.Conflict, "budget (KRW)", 15.4m, status, true, "run-1", Seen, DecidedAt, figures)
        {
            Subjects = ["anggaran", "예산"],
        };
        FindingEvent[] history =
        [
            new(1, "f1", Seen, FindingEvent.PipelineActor, FindingEventKind.FirstSeen, ReviewStatus.Open, "run-1"),
            .. decisions,
        ];
        var evidence = new[]
        {
            new FigureEvidence(figures[0], "Anggaran naik", new DateOnly(2026, 11, 19), "anggaran", ["anggaran"], ClaimScope.Unspecified, 2026),
            new FigureEvidence(figures[1], "예산 12조", new DateOnly(2026, 11, 18), "예산", ["예산"], ClaimScope.Unspecified, 2026),
            new FigureEvidence(figures[2], null, null, null, [], ClaimScope.Unspecified, null),
        };
        return new FindingDetail(finding, VerdictReason.Equal, new LocalizedText("", ""), evidence, history, [], 1);
    }

    public static FindingEvent Decision(long sequence, ReviewStatus status, string? note = null, SourceErrorDetails? error = null) =>
        new(sequence, "f1", DecidedAt, "desk.editor", FindingEventKind.Decided, status, Note: note) { SourceError = error };

    /// <summary>Every record of a CSV file, by column name, as a spreadsheet would read it back.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<Dictionary<string, string>> Rows) ReadCsv(byte[] file)
    {
        using var csv = CsvReader.Create(file, null);
        var rows = new List<Dictionary<string, string>>();
        var header = csv.Headers.ToArray();
        while (csv.Read())
        {
            rows.Add(header.Select((name, i) => (name, value: csv.GetString(i))).ToDictionary(c => c.name, c => c.value));
        }
        return (header, rows);
    }
}
