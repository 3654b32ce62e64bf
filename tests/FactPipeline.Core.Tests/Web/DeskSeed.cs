using System.Net;
using FactPipeline.Core.Accounts;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Tests.Web;

/// <summary>A desk with the samples' findings in its database, an editor's decisions on two of them and a signed-in viewer.</summary>
internal static class DeskSeed
{
    public sealed record Seeded(IReadOnlyList<Finding> Stored, Finding Confirmed, Finding SourceError, HttpClient Viewer);

    public static async Task<Seeded> SeedAsync(DeskFactory desk, CancellationToken cancellationToken)
    {
        IReadOnlyList<Finding> stored;
        using (var harness = new PipelineHarness(desk.DatabasePath))
        {
            stored = (await harness.RunAsync(DeskInputs.Flagged)).Report.Findings;
        }
        var flags = stored.Where(f => f.IsFlag()).ToArray();
        flags.Length.ShouldBeGreaterThanOrEqualTo(2, "the samples should give two flagged findings to decide");
        var reviews = desk.Services.GetRequiredService<ReviewDesk>();
        (await DecideAsync(reviews, flags[0].Id, _ => new DecisionForm("confirmed", "checked both articles", 0), cancellationToken)).ShouldBe(DecisionOutcome.Recorded);
        (await DecideAsync(reviews, flags[1].Id, d => new DecisionForm(
            "source-error", "=the ministry's table", 0, d.Finding.Figures[0].ClaimId, "10,4 triliun", "https://example.go.id/apbn"), cancellationToken))
            .ShouldBe(DecisionOutcome.Recorded);
        await desk.AddUserAsync("viewer", UserRole.Viewer);
        var viewer = desk.Browser();
        (await DeskFactory.SignInAsync(viewer, "viewer", DeskFactory.Password, null, cancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return new Seeded(stored, flags[0], flags[1], viewer);
    }

    /// <summary>A decision as an editor posts it, against the finding's current version.</summary>
    private static async Task<DecisionOutcome> DecideAsync(ReviewDesk reviews, string id, Func<FindingDetail, DecisionForm> form, CancellationToken cancellationToken)
    {
        var detail = (await reviews.FindAsync(id, cancellationToken)).ShouldNotBeNull();
        return await reviews.DecideAsync(id, form(detail) with { Version = detail.Version }, "desk.editor", cancellationToken);
    }
}
