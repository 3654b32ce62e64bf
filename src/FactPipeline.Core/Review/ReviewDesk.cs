using Microsoft.Extensions.Logging;

namespace FactPipeline.Core.Review;

/// <summary>
/// The editors' side of the tracked findings: a finding's page and the decisions on it. A decision is appended to the
/// audit trail, never written over an earlier one, and only against the version of the finding the editor saw.
/// </summary>
public sealed partial class ReviewDesk(IReviewStore store, TimeProvider time, ILogger<ReviewDesk> logger)
{
    public const int MaxNoteLength = 4000;

    public const int MaxFigureLength = 200;

    /// <summary>A finding as its page shows it, with the findings about the same subject.</summary>
    public Task<FindingDetail?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        store.LoadDetailAsync(id, withRelated: true, cancellationToken);

    /// <summary>
    /// A finding with its figures, evidence and audit trail but not its related findings: what a decision, the API and
    /// the exports read, once per finding, so none of them pays a pass over every tracked finding each time.
    /// </summary>
    public Task<FindingDetail?> FindRecordAsync(string id, CancellationToken cancellationToken = default) =>
        store.LoadDetailAsync(id, withRelated: false, cancellationToken);

    /// <exception cref="ReviewException">The form names no decidable status, or its details do not fit it.</exception>
    public async Task<DecisionOutcome> DecideAsync(string id, DecisionForm form, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!ReviewStatuses.TryParse(form.Status, out var status) || !ReviewStatuses.Decidable.Contains(status))
        {
            throw new ReviewException("status", $"'{form.Status}' is not a decision; use one of: {string.Join(", ", ReviewStatuses.Decidable.Select(s => s.Name()))}.");
        }
        var note = Trimmed(form.Note);
        if (note?.Length > MaxNoteLength)
        {
            throw new ReviewException("note", $"The note has {note.Length} characters; at most {MaxNoteLength} are kept.");
        }
        var detail = await FindRecordAsync(id, cancellationToken);
        if (detail is null)
        {
            return DecisionOutcome.NotFound;
        }
        var decision = new FindingEvent(0, id, time.GetUtcNow(), actor, FindingEventKind.Decided, status, Note: note)
        {
            SourceError = status == ReviewStatus.SourceError ? SourceErrorOf(form, detail) : null,
        };
        var stored = await store.AppendDecisionAsync(decision, form.Version, cancellationToken);
        if (stored is null)
        {
            LogStale(id, actor, form.Version);
            return DecisionOutcome.Stale;
        }
        LogDecided(id, actor, status.Name());
        return DecisionOutcome.Recorded;
    }

    private static SourceErrorDetails SourceErrorOf(DecisionForm form, FindingDetail detail)
    {
        var claim = Trimmed(form.WrongClaimId);
        if (claim is null || !detail.Finding.Figures.Any(f => f.ClaimId == claim))
        {
            throw new ReviewException("wrongClaimId", "A source error names which of the finding's figures is wrong.");
        }
        var figure = Trimmed(form.CorrectFigure);
        if (figure?.Length > MaxFigureLength)
        {
            throw new ReviewException("correctFigure", $"The correct figure has {figure.Length} characters; at most {MaxFigureLength}.");
        }
        var url = Trimmed(form.PrimarySourceUrl);
        if (url is not null && !Outlet.IsWebLink(url))
        {
            throw new ReviewException("primarySourceUrl", $"'{url}' is not an http(s) address.");
        }
        return new SourceErrorDetails(claim, figure, url);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [LoggerMessage(Level = LogLevel.Information, Message = "Finding {Id}: {Actor} decided {Status}")]
    private partial void LogDecided(string id, string actor, string status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Finding {Id}: {Actor}'s decision was against version {Version}, no longer current; not recorded")]
    private partial void LogStale(string id, string actor, long version);
}
