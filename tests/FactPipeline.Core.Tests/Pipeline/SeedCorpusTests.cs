using FactPipeline.Core.Model;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Summaries;
using FactPipeline.Core.Tests.TestSupport;
using Shouldly;

namespace FactPipeline.Core.Tests.Pipeline;

/// <summary>
/// The acceptance cases on the five seed articles in ../shared/corpus/seeds (skipped where that folder is
/// absent). The seeds are read in place, never copied into the project.
/// </summary>
public sealed class SeedCorpusTests : IDisposable
{
    private readonly PipelineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private async Task<RunReport> RunSeedsAsync()
    {
        var seeds = RepoPaths.Seeds;
        if (seeds is null)
        {
            Assert.Skip("../shared/corpus/seeds is not present in this checkout");
        }
        var result = await _harness.RunAsync(seeds);
        result.Report.Problems.ShouldBeEmpty();
        return result.Report;
    }

    private static Claim ClaimIn(RunReport report, string filePrefix, string surface) =>
        ClaimsIn(report, filePrefix, surface).ShouldHaveSingleItem();

    /// <summary>Claims of the seed file whose figure, in the article text, starts with <paramref name="surface"/>.</summary>
    private static Claim[] ClaimsIn(RunReport report, string filePrefix, string surface) =>
        report.Claims.Where(c => c.Quote[(c.Value.Start - c.QuoteStart)..].StartsWith(surface, StringComparison.Ordinal)
            && ArticleFile(report, c).StartsWith(filePrefix, StringComparison.Ordinal)).ToArray();

    private static string ArticleFile(RunReport report, Claim c) =>
        Path.GetFileName(report.Articles.Single(a => a.Id == c.ArticleId).Source);

    private static IEnumerable<Finding> FindingsWith(RunReport report, Claim claim) =>
        report.Findings.Where(f => f.ClaimIds.Contains(claim.Id));

    /// <summary>Concept, subject, scope and year of claims, so a failing acceptance test shows why.</summary>
    private static string Describe(RunReport report, IEnumerable<Claim> claims) =>
        string.Join("\n", claims.Select(c => $"{ArticleFile(report, c)} '{c.Value.Text}' {c.Value.Kind} hedge={c.Value.Hedge} concept={c.Concept} "
            + $"subject={c.SubjectId} ({c.SubjectSource}) scope={c.Scope} year={c.Year} findings=[{string.Join(", ", FindingsWith(report, c).Select(f => f.Severity))}]"));

    [Fact]
    public async Task Run_Seeds_BudgetTenVersusTenPointOneIsExactlyMinorWithExplanation()
    {
        // Issue 9, acceptance 4: the budget finding is exactly minor.
        var report = await RunSeedsAsync();
        var ten = ClaimsIn(report, "000_", "10 triliun won");
        var tenPointOne = ClaimIn(report, "001_", "10,1 triliun won");
        var why = Describe(report, [.. ten, tenPointOne]);

        var finding = FindingsWith(report, tenPointOne).ShouldHaveSingleItem(why);

        finding.Severity.ShouldBe(Severity.Minor, why);
        finding.ClaimIds.Intersect(ten.Select(c => c.Id)).ShouldNotBeEmpty(why);
        finding.Explanation.En.ShouldContain("1%");
        finding.Explanation.En.ShouldContain("rounded");
        finding.Explanation.Ko.ShouldContain("1%");
        finding.Explanation.Ko.ShouldContain("반올림");
    }

    [Fact]
    public async Task Run_Seeds_RoundedAndLowerBoundGpuCountsAreOneConsistentFinding()
    {
        // Issue 9, acceptance 4: "260 ribu unit GPU" and "lebih dari 260.000 unit" are in one consistent finding.
        var report = await RunSeedsAsync();
        var rounded = ClaimIn(report, "000_", "260 ribu");
        var atLeast = ClaimIn(report, "001_", "260.000");
        var why = Describe(report, [rounded, atLeast]);

        var finding = report.Findings.Where(f => f.ClaimIds.Contains(rounded.Id) && f.ClaimIds.Contains(atLeast.Id)).ShouldHaveSingleItem(why);

        finding.Severity.ShouldBe(Severity.Consistent, why);
        FindingsWith(report, rounded).ShouldHaveSingleItem(why);
        FindingsWith(report, atLeast).ShouldHaveSingleItem(why);
    }

    [Fact]
    public async Task Run_Seeds_FiftyThousandChipsAreInNoFindingWithTheGpus()
    {
        // Issue 9, acceptance 4: the 50.000 chips are in no finding with the GPUs.
        var report = await RunSeedsAsync();
        var chips = ClaimIn(report, "001_", "50.000");
        var gpus = ClaimIn(report, "000_", "260 ribu");
        var moreGpus = ClaimIn(report, "001_", "260.000");

        report.Findings.ShouldNotContain(
            f => f.ClaimIds.Contains(chips.Id) && (f.ClaimIds.Contains(gpus.Id) || f.ClaimIds.Contains(moreGpus.Id)),
            Describe(report, [chips, gpus, moreGpus]));
    }

    [Fact]
    public async Task Run_Seeds_DollarsAndEurosAreInNoFindingTogether()
    {
        var report = await RunSeedsAsync();
        var dollars = ClaimIn(report, "002_", "100 miliar dolar");
        var euros = ClaimIn(report, "004_", "100 miliar euro");

        report.Findings.ShouldNotContain(f => f.ClaimIds.Contains(dollars.Id) && f.ClaimIds.Contains(euros.Id));
    }

    [Fact]
    public async Task Run_Seeds_FiveTeamsAndFiveCompaniesAreNotAConflict()
    {
        var report = await RunSeedsAsync();
        var teams = ClaimIn(report, "001_", "Lima tim");
        var companies = ClaimIn(report, "002_", "lima perusahaan");

        FindingsWith(report, teams).Concat(FindingsWith(report, companies)).ShouldAllBe(f => f.Severity != Severity.Conflict);
    }

    [Fact]
    public async Task Run_Seeds_HasNoConflicts()
    {
        // The seeds contain no real disagreement between sources beyond the rounded budget.
        var report = await RunSeedsAsync();

        var conflicts = report.Findings.Where(f => f.Severity == Severity.Conflict).ToArray();

        conflicts.Select(f => f.Topic).ShouldBeEmpty(Describe(report, report.Claims.Where(c => conflicts.Any(f => f.ClaimIds.Contains(c.Id)))));
    }
}
