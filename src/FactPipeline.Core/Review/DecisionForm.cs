namespace FactPipeline.Core.Review;

/// <summary>An editor's decision as posted: text fields, checked by <see cref="ReviewDesk.DecideAsync"/>.</summary>
/// <param name="Status">A decidable status's wire name (<see cref="ReviewStatuses.Decidable"/>).</param>
/// <param name="Version">The finding's <see cref="FindingDetail.Version"/> the editor saw.</param>
public sealed record DecisionForm(
    string? Status, string? Note, long Version, string? WrongClaimId = null, string? CorrectFigure = null, string? PrimarySourceUrl = null);

/// <summary>What became of a decision.</summary>
public enum DecisionOutcome
{
    Recorded,
    /// <summary>No tracked finding has the id.</summary>
    NotFound,
    /// <summary>The finding changed since the editor loaded it; nothing was written.</summary>
    Stale,
}
