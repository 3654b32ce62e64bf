using System.Text.Json;
using System.Text.Json.Serialization;
using FactPipeline.Core.Review;
using FactPipeline.Core.Review.Exports;

namespace FactPipeline.Web;

/// <summary>A page of <c>GET /api/findings</c>: the findings, how many match over all pages, and the queue's tab counts.</summary>
/// <param name="Counts">Per severity without the severity filter, per status without the status filter (as the queue's tabs).</param>
public sealed record ApiFindingPage(IReadOnlyList<ApiFinding> Items, int Total, int Page, int PageCount, int PageSize, ApiCounts Counts);

public sealed record ApiCounts(IReadOnlyDictionary<string, int> BySeverity, IReadOnlyDictionary<string, int> ByStatus);

/// <summary>A finding as the API gives it; statuses and severities by their wire names ("source-error", "conflict").</summary>
public sealed record ApiFinding(
    string Id, string Severity, string Status, bool Present, string Topic, decimal DifferencePercent, IReadOnlyList<string> Subjects,
    DateTimeOffset FirstSeenAt, IReadOnlyList<ApiClaim> Claims, IReadOnlyList<ApiDecision> Decisions)
{
    public static ApiFinding Of(FindingDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var f = detail.Finding;
        return new ApiFinding(
            f.Id, f.Severity.ToString().ToLowerInvariant(), f.Status.Name(), f.Present, f.Topic, f.DifferencePercent, f.Subjects, f.FirstSeenAt,
            [.. f.Figures.Select(g => new ApiClaim(g.ClaimId, g.Source, Outlet.Of(g.Source), g.ValueText, g.Language, g.Quote))],
            [.. FindingDecisions.Of(detail).Select(e => new ApiDecision(
                e.Actor, e.At, e.Status.Name(), e.Note,
                e.SourceError is { } s ? new ApiSourceError(s.WrongClaimId, s.CorrectFigure, s.PrimarySourceUrl) : null))]);
    }
}

/// <summary>One figure of a finding: the claim it comes from and the sentence it stands in.</summary>
public sealed record ApiClaim(string ClaimId, string Source, string Outlet, string Value, string Language, string Quote);

/// <summary>An editor's decision from the audit trail.</summary>
public sealed record ApiDecision(string By, DateTimeOffset At, string Status, string? Note, ApiSourceError? SourceError);

public sealed record ApiSourceError(string WrongClaimId, string? CorrectFigure, string? PrimarySourceUrl);

/// <summary>Why a request was refused (a filter not understood, no such finding).</summary>
public sealed record ApiError(string Error);

/// <summary>The API's JSON, source-generated (no reflection), camelCase.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = false)]
[JsonSerializable(typeof(ApiFindingPage))]
[JsonSerializable(typeof(ApiFinding))]
[JsonSerializable(typeof(ApiError))]
public sealed partial class DeskApiJson : JsonSerializerContext;
