namespace FactPipeline.Core.Review.Exports;

/// <summary>The editors' decisions of a finding as the exports and the API report them.</summary>
public static class FindingDecisions
{
    /// <summary>Every decision on the audit trail, oldest first.</summary>
    public static IReadOnlyList<FindingEvent> Of(FindingDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        return [.. detail.History.Where(e => e.Kind == FindingEventKind.Decided).OrderBy(e => e.Sequence)];
    }

    /// <summary>The newest decision, or null when no editor decided it yet.</summary>
    public static FindingEvent? Last(FindingDetail detail) => Of(detail) is { Count: > 0 } all ? all[^1] : null;

    /// <summary>The figure a source-error decision names as wrong, when it is still one of the finding's.</summary>
    public static TrackedFigure? WrongFigure(FindingDetail detail, FindingEvent decision)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(decision);
        return decision.SourceError is { } error ? detail.Finding.Figures.FirstOrDefault(f => f.ClaimId == error.WrongClaimId) : null;
    }

    /// <summary>"kompas.com: 10,4 triliun": a figure as an editor names it, its outlet and the text it states.</summary>
    public static string Describe(TrackedFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return $"{Outlet.Of(figure.Source)}: {figure.ValueText}";
    }
}
