namespace FactPipeline.Core.Review;

/// <summary>
/// An audit-trail entry in words, in English or Korean: what the desk shows, the CSV writes and the API returns, so
/// "reopened: a new source says 10,4 triliun won" reads the same everywhere.
/// </summary>
public static class FindingEventText
{
    public static string Describe(FindingEvent e, string language)
    {
        ArgumentNullException.ThrowIfNull(e);
        var ko = language.StartsWith("ko", StringComparison.OrdinalIgnoreCase);
        var changes = string.Join("; ", e.Changes.Select(c => Change(c, ko)));
        var head = e.Kind switch
        {
            FindingEventKind.FirstSeen => ko ? "처음 발견됨" : "first seen",
            FindingEventKind.FiguresChanged => ko ? "수치 변경" : "figures changed",
            FindingEventKind.Reopened => ko ? "다시 열림" : "reopened",
            FindingEventKind.ResolvedBySource => ko ? "출처가 정정해 해결됨" : "resolved by source",
            FindingEventKind.NoLongerFound => ko ? "더 이상 검출되지 않음" : "no longer found by the checks",
            FindingEventKind.FoundAgain => ko ? "다시 검출됨" : "found again",
            FindingEventKind.Decided => ko ? $"판정: {e.Status.Name()}" : $"decided: {e.Status.Name()}",
            _ => e.Kind.ToString(),
        };
        // A first sighting lists every figure; that is the finding itself, not a change worth a sentence.
        return e.Kind == FindingEventKind.FirstSeen || changes.Length == 0 ? head : $"{head}: {changes}";
    }

    public static string Change(FigureChange change, bool korean) => (change.Before, change.After) switch
    {
        // The page itself is gone: what it said, and the server's word for it.
        (var was, _) when change.GoneReason is { } reason => korean
            ? $"{change.Outlet} 페이지가 사라짐({reason})" + (was is null ? "" : $", 이전 보도: {was}")
            : $"{change.Outlet}'s page is gone ({reason})" + (was is null ? "" : $"; it said {was}"),
        (null, { } now) => korean ? $"새 출처({change.Outlet})는 {now}(이)라고 보도" : $"a new source says {now} ({change.Outlet})",
        ({ } was, null) => korean ? $"{change.Outlet}에 {was} 수치가 더 이상 없음" : $"{change.Outlet} no longer says {was}",
        ({ } was, { } now) => korean ? $"{change.Outlet}: {was} → {now}" : $"{change.Outlet} now says {now} (was {was})",
        _ => change.Outlet,
    };
}
