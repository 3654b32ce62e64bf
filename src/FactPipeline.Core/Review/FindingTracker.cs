using FactPipeline.Core.Model;

namespace FactPipeline.Core.Review;

/// <summary>
/// Carries the desk's findings from one run to the next. Flags (conflicts, minor differences, corrections) are tracked from the
/// first run that finds them; agreement only as what a tracked flag became (its sources now agree), never on its own:
/// a large run's tens of thousands of corroborations are no editor's business. Each of the run's findings is matched to the tracked finding
/// it shares the most anchors with (<see cref="FindingAnchors"/>), so an editor's decision stays with the fact, not with
/// the claim ids of one run. Then, per tracked finding:
/// <list type="bullet">
/// <item>same figures: nothing to say (a new rules version may move it to another stored finding, silently);</item>
/// <item>figures added, changed or gone: recorded; a decided finding reopens with the change as its reason, and a
/// conflict whose figures now agree is resolved by source;</item>
/// <item>not found again although the run re-read all its sources: resolved by source when a source's text changed,
/// else no longer found (the checks changed); never deleted;</item>
/// <item>open, and one of its sources' pages is gone (<see cref="RunObservation.GoneSources"/>): resolved by source.</item>
/// </list>
/// Corrections (<see cref="Severity.Correction"/>, one source changing its own figure) are flags too, paired only with
/// corrections: they share anchors with the conflicts about the same figure.
/// Applying a run twice plans nothing the second time, so a repeated step adds no duplicate events.
/// </summary>
public sealed class FindingTracker
{
    /// <param name="known">The tracked findings that share an anchor with the run (its findings' or its sources').</param>
    public TrackingPlan Plan(RunObservation run, IReadOnlyList<TrackedFinding> known)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(known);
        var observed = run.Findings.Where(f => f.Finding.Severity != Severity.Possible).OrderBy(f => f.Finding.Id, StringComparer.Ordinal).ToArray();
        var matches = Match(observed, known);
        var upserts = new List<TrackedFinding>();
        var events = new List<FindingEvent>();
        var takenIds = known.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var finding in observed)
        {
            if (matches.TryGetValue(finding, out var tracked))
            {
                Follow(run, tracked, finding, upserts, events);
            }
            else if (finding.Finding.Severity != Severity.Consistent)
            {
                var id = takenIds.Add(finding.Finding.Id) ? finding.Finding.Id : Common.StableId.Of("again", finding.Finding.Id, run.RunId);
                takenIds.Add(id);
                var created = Track(id, finding, ReviewStatus.Open, run.RunId, run.At, run.At);
                upserts.Add(created);
                events.Add(new FindingEvent(0, id, run.At, FindingEvent.PipelineActor, FindingEventKind.FirstSeen, ReviewStatus.Open, run.RunId)
                {
                    Changes = [.. finding.Figures.Select(f => new FigureChange(f.Source, null, f.ValueText))],
                });
            }
        }
        var matched = matches.Values.ToHashSet();
        foreach (var gone in known.Where(k => k.Present && !matched.Contains(k) && k.Figures.All(f => run.ArticleOfSource.ContainsKey(f.Source))))
        {
            Lose(run, gone, upserts, events);
        }
        foreach (var cited in known.Where(k => k.Status == ReviewStatus.Open && !matched.Contains(k)))
        {
            ResolveGone(run, cited, upserts, events);
        }
        return new TrackingPlan(upserts, events);
    }

    /// <summary>
    /// An open finding that cites a page the run found gone (HTTP 404 or 410): the disagreement went with the page, so the
    /// source resolved it; the event names each gone source, what it said, and why the run calls it gone. A decided
    /// finding stays as decided: the editor's verdict on what was published still holds.
    /// </summary>
    private static void ResolveGone(RunObservation run, TrackedFinding tracked, List<TrackedFinding> upserts, List<FindingEvent> events)
    {
        var changes = tracked.Figures
            .Where(f => run.GoneSources.ContainsKey(f.Source))
            .GroupBy(f => f.Source, StringComparer.Ordinal)
            .Select(g => new FigureChange(g.Key, string.Join(" / ", g.Select(f => f.ValueText.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)), null)
            {
                GoneReason = run.GoneSources[g.Key],
            })
            .ToArray();
        if (changes.Length == 0)
        {
            return;
        }
        upserts.Add(tracked with { Present = false, Status = ReviewStatus.ResolvedBySource, UpdatedAt = run.At });
        events.Add(new FindingEvent(0, tracked.Id, run.At, FindingEvent.PipelineActor, FindingEventKind.ResolvedBySource, ReviewStatus.ResolvedBySource, run.RunId)
        {
            Changes = changes,
        });
    }

    /// <summary>
    /// Pairs run findings with tracked ones. A pair must share more than half of the tracked finding's figures (a figure
    /// is shared when any of its anchors is): a claim may belong to several findings, and one shared figure would let an
    /// agreement among other sources pass for a flag they touch. The pairs sharing the most figures go first; a tracked
    /// finding still pointing at the very same stored finding is its pair before anything else.
    /// </summary>
    private static Dictionary<ObservedFinding, TrackedFinding> Match(IReadOnlyList<ObservedFinding> observed, IReadOnlyList<TrackedFinding> known)
    {
        var byAnchor = new Dictionary<string, List<(TrackedFinding Tracked, int Figure)>>(StringComparer.Ordinal);
        foreach (var tracked in known)
        {
            for (var i = 0; i < tracked.Figures.Count; i++)
            {
                foreach (var anchor in FindingAnchors.Of(tracked.Figures[i]))
                {
                    if (!byAnchor.TryGetValue(anchor, out var list))
                    {
                        byAnchor[anchor] = list = [];
                    }
                    list.Add((tracked, i));
                }
            }
        }
        var candidates = new List<(ObservedFinding Finding, TrackedFinding Tracked, int Score)>();
        foreach (var finding in observed)
        {
            var hits = new Dictionary<TrackedFinding, HashSet<int>>();
            foreach (var anchor in finding.Figures.SelectMany(FindingAnchors.Of))
            {
                foreach (var (tracked, figure) in byAnchor.GetValueOrDefault(anchor) ?? [])
                {
                    if (!hits.TryGetValue(tracked, out var figures))
                    {
                        hits[tracked] = figures = [];
                    }
                    figures.Add(figure);
                }
            }
            foreach (var (tracked, figures) in hits)
            {
                // A correction shares its anchors with the flags about the same figure, but is another finding: kinds never pair.
                if ((tracked.Severity == Severity.Correction) != (finding.Finding.Severity == Severity.Correction))
                {
                    continue;
                }
                if (tracked.FindingId == finding.Finding.Id)
                {
                    candidates.Add((finding, tracked, int.MaxValue));
                }
                else if (figures.Count * 2 > tracked.Figures.Count)
                {
                    candidates.Add((finding, tracked, figures.Count));
                }
            }
        }
        var pairs = new Dictionary<ObservedFinding, TrackedFinding>();
        var used = new HashSet<TrackedFinding>();
        foreach (var (finding, tracked, _) in candidates
                     .OrderByDescending(c => c.Score)
                     .ThenBy(c => c.Tracked.FirstSeenAt)
                     .ThenBy(c => c.Tracked.Id, StringComparer.Ordinal)
                     .ThenBy(c => c.Finding.Finding.Id, StringComparer.Ordinal))
        {
            if (!pairs.ContainsKey(finding) && used.Add(tracked))
            {
                pairs[finding] = tracked;
            }
        }
        return pairs;
    }

    private static void Follow(RunObservation run, TrackedFinding tracked, ObservedFinding finding, List<TrackedFinding> upserts, List<FindingEvent> events)
    {
        var changes = Changes(tracked.Figures, finding.Figures);
        var status = tracked.Status;
        FindingEventKind? kind = null;
        if (changes.Count > 0)
        {
            var agreesNow = finding.Finding.Severity == Severity.Consistent;
            (kind, status) = agreesNow && tracked.Severity != Severity.Consistent
                ? (FindingEventKind.ResolvedBySource, ReviewStatus.ResolvedBySource)
                : tracked.Status == ReviewStatus.Open || (agreesNow && tracked.Status == ReviewStatus.ResolvedBySource)
                    ? (FindingEventKind.FiguresChanged, tracked.Status)
                    : (FindingEventKind.Reopened, ReviewStatus.Open);
        }
        else if (!tracked.Present)
        {
            kind = FindingEventKind.FoundAgain;
        }
        var next = Track(tracked.Id, finding, status, tracked.FirstRunId, tracked.FirstSeenAt, kind is null ? tracked.UpdatedAt : run.At);
        if (kind is null && SameAsStored(tracked, next))
        {
            return;
        }
        upserts.Add(next);
        if (kind is { } k)
        {
            events.Add(new FindingEvent(0, tracked.Id, run.At, FindingEvent.PipelineActor, k, status, run.RunId) { Changes = changes });
        }
    }

    private static void Lose(RunObservation run, TrackedFinding tracked, List<TrackedFinding> upserts, List<FindingEvent> events)
    {
        if (tracked.Severity == Severity.Correction)
        {
            // A correction is a past change between two stored texts, found again from them every run; its old figure's
            // text is never the current one, so the reading below would take every correction for a rewritten source.
            upserts.Add(tracked with { Present = false, UpdatedAt = run.At });
            events.Add(new FindingEvent(0, tracked.Id, run.At, FindingEvent.PipelineActor, FindingEventKind.NoLongerFound, tracked.Status, run.RunId));
            return;
        }
        // A source whose text is not the one the figure was read from changed. If it still gives a figure there, the
        // figure changed (so much, perhaps, that the checks no longer group it): the finding is the editors' again.
        // If it gives none, the source took the figure back: resolved by source.
        var rewritten = tracked.Figures
            .Where(f => run.ArticleOfSource.TryGetValue(f.Source, out var article) && article != f.ArticleId)
            .ToArray();
        var now = rewritten.Select(f => (Was: f, Now: run.FigureNow(f))).Where(p => p.Now is { } n && n.ValueText != p.Was.ValueText).ToArray();
        if (now.Length > 0)
        {
            var figures = tracked.Figures.Select(f => now.FirstOrDefault(p => p.Was == f).Now ?? f).ToArray();
            var changes = Changes(tracked.Figures, figures);
            var (changedKind, changedStatus) = tracked.Status == ReviewStatus.Open
                ? (FindingEventKind.FiguresChanged, ReviewStatus.Open)
                : (FindingEventKind.Reopened, ReviewStatus.Open);
            upserts.Add(tracked with { Present = false, Status = changedStatus, UpdatedAt = run.At, Figures = figures });
            events.Add(new FindingEvent(0, tracked.Id, run.At, FindingEvent.PipelineActor, changedKind, changedStatus, run.RunId) { Changes = changes });
            return;
        }
        var changed = rewritten.Select(f => new FigureChange(f.Source, f.ValueText, null)).ToArray();
        var (kind, status) = changed.Length > 0
            ? (FindingEventKind.ResolvedBySource, ReviewStatus.ResolvedBySource)
            : (FindingEventKind.NoLongerFound, tracked.Status);
        upserts.Add(tracked with { Present = false, Status = status, UpdatedAt = run.At });
        events.Add(new FindingEvent(0, tracked.Id, run.At, FindingEvent.PipelineActor, kind, status, run.RunId) { Changes = changed });
    }

    /// <summary>Per source, the figures it gave before and gives now, where they differ (by text, not by claim id).</summary>
    internal static IReadOnlyList<FigureChange> Changes(IReadOnlyList<TrackedFigure> before, IReadOnlyList<TrackedFigure> after)
    {
        var changes = new List<FigureChange>();
        foreach (var source in before.Select(f => f.Source).Concat(after.Select(f => f.Source)).Distinct(StringComparer.Ordinal))
        {
            var was = Texts(before, source);
            var now = Texts(after, source);
            if (!was.SequenceEqual(now, StringComparer.Ordinal))
            {
                changes.Add(new FigureChange(source, was.Length == 0 ? null : string.Join(" / ", was), now.Length == 0 ? null : string.Join(" / ", now)));
            }
        }
        return changes;
    }

    private static string[] Texts(IReadOnlyList<TrackedFigure> figures, string source) =>
        [.. figures.Where(f => f.Source == source).Select(f => f.ValueText.Trim()).Order(StringComparer.Ordinal)];

    private static TrackedFinding Track(string id, ObservedFinding finding, ReviewStatus status, string firstRunId, DateTimeOffset firstSeenAt, DateTimeOffset updatedAt) =>
        new(id, finding.Finding.Id, finding.Finding.Severity, finding.Finding.Topic, finding.Finding.DifferencePercent, status,
            Present: true, firstRunId, firstSeenAt, updatedAt, finding.Figures)
        {
            Subjects = finding.Subjects,
        };

    private static bool SameAsStored(TrackedFinding stored, TrackedFinding next) =>
        stored.FindingId == next.FindingId && stored.Severity == next.Severity && stored.Topic == next.Topic
        && stored.DifferencePercent == next.DifferencePercent && stored.Present == next.Present && stored.Status == next.Status
        && stored.Figures.SequenceEqual(next.Figures) && stored.Subjects.SequenceEqual(next.Subjects, StringComparer.Ordinal);
}
