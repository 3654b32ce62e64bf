using System.Globalization;
using FactPipeline.Core.Review;

namespace FactPipeline.Core.Runs.Nightly;

/// <summary>
/// The "since last night" section in one language, as text not yet laid out: <see cref="SinceLastNightMarkdown"/> and
/// <see cref="SinceLastNightHtml"/> lay out the same words, so the two formats cannot say different things.
/// </summary>
internal sealed record SinceLastNight(
    NightlyLabels Labels,
    string Intro,
    string Summary,
    IReadOnlyList<SinceLastNightGroup> Groups,
    string Totals,
    string? Error,
    IReadOnlyList<SinceLastNightFailure> FailedSources)
{
    /// <summary>Reasons listed per failed source; the rest are counted, so one dead feed cannot fill the page.</summary>
    internal const int MaxReasonsPerSource = 3;

    public static SinceLastNight Build(RunDetail run, RunSummary? previous, string deskUrl, string language)
    {
        ArgumentNullException.ThrowIfNull(run);
        var l = NightlyLabels.For(language);
        var korean = l.Language == "ko";
        var diff = run.Diff;
        var intro = previous is null
            ? l.FirstRun
            : Format(l.Compared, run.Summary.Id, previous.Id, Timestamp(previous.FinishedAt ?? previous.StartedAt));
        var counts = diff.Counts;
        var summary = !diff.IsEmpty
            ? Format(l.Counts, counts.New, counts.Resolved, counts.Changed, counts.Reopened, counts.Corrections)
            : previous is null ? l.NothingFound : l.NoChanges;
        (string Heading, IReadOnlyList<RunDiffEntry> Entries)[] groups =
        [
            (l.New, diff.New), (l.Resolved, diff.Resolved), (l.Changed, diff.Changed),
            (l.Reopened, diff.Reopened), (l.Corrections, diff.Corrections),
        ];
        var totals = run.Summary.Totals;
        var failed = run.Sources
            .Where(s => s.Failed > 0)
            .Select(s => new SinceLastNightFailure(
                Format(l.SourceFailed, s.Origin, s.Failed, s.Found),
                [.. s.Failures.Take(MaxReasonsPerSource).Select(p => OneLine(p.Source == s.Origin ? p.Reason : $"{p.Reason} ({p.Source})"))],
                s.Failures.Count > MaxReasonsPerSource ? Format(l.MoreReasons, s.Failures.Count - MaxReasonsPerSource) : null))
            .ToArray();
        return new SinceLastNight(
            l,
            intro,
            summary,
            [.. groups.Where(g => g.Entries.Count > 0).Select(g => new SinceLastNightGroup(
                $"{g.Heading} ({g.Entries.Count.ToString(CultureInfo.InvariantCulture)})",
                [.. g.Entries.Select(e => Entry(e, l, korean, deskUrl))]))],
            Format(l.Totals, totals.Articles, totals.Claims, totals.Findings, run.Summary.Items, run.Summary.Failed),
            string.IsNullOrWhiteSpace(run.Summary.Error) ? null : OneLine(run.Summary.Error),
            failed);
    }

    private static SinceLastNightEntry Entry(RunDiffEntry e, NightlyLabels l, bool korean, string deskUrl) => new(
        l.Severity(e.Severity),
        e.Severity is "conflict" or "minor" or "correction" ? e.Severity : "other",
        OneLine(e.Topic),
        OneLine(string.Join(", ", e.Outlets)),
        // The desk's own wording of a figure change ("kompas.com now says 10.4 (was 10.2)"), so the mail and the
        // finding's history read the same.
        OneLine(string.Join("; ", e.Changes.Select(c => FindingEventText.Change(c, korean)))),
        FindingUrl(deskUrl, e.FindingId));

    /// <summary>The desk page of a finding, as <c>OrganisationOptions.FindingUrl</c> makes it.</summary>
    internal static string FindingUrl(string deskUrl, string findingId) =>
        $"{deskUrl.TrimEnd('/')}/findings/{Uri.EscapeDataString(findingId)}";

    /// <summary>A text from a page (a topic, a quoted figure, an error) on one line: a line break would end a Markdown list item.</summary>
    private static string OneLine(string text) =>
        text.ReplaceLineEndings(" ");

    private static string Timestamp(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Format(string format, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, format, values);
}

internal sealed record SinceLastNightGroup(string Heading, IReadOnlyList<SinceLastNightEntry> Entries);

/// <param name="SeverityClass">The digest's CSS class of the severity ("conflict", "minor", "correction", "other").</param>
/// <param name="Outlets">The outlets, comma-separated; empty when the diff named none.</param>
/// <param name="Changes">The figure changes in words; empty for a finding without any (a new one).</param>
internal sealed record SinceLastNightEntry(string Severity, string SeverityClass, string Topic, string Outlets, string Changes, string Url);

/// <param name="More">"and 4 more" when reasons were left out.</param>
internal sealed record SinceLastNightFailure(string Line, IReadOnlyList<string> Reasons, string? More);
