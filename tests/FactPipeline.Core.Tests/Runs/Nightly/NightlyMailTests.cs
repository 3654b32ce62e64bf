using FactPipeline.Core.Runs;
using FactPipeline.Core.Runs.Nightly;

namespace FactPipeline.Core.Tests.Runs.Nightly;

public sealed class NightlyMailTests
{
    private static NightlyDigest Digest(RunDiffCounts counts, bool firstRun = false) =>
        new(new DateOnly(2026, 12, 2), "/tmp/nightly/2026-12-02", [], "", "", "", "", counts, firstRun);

    [Fact]
    public void Subject_SomeCounts_NamesOnlyTheNonZeroOnes()
    {
        NightlyMail.Subject(Digest(new RunDiffCounts(New: 2, Resolved: 1, Changed: 0, Reopened: 0, Corrections: 1)))
            .ShouldBe("FactPipeline nightly 2026-12-02: 2 new, 1 resolved, 1 correction");
    }

    [Fact]
    public void Subject_SeveralCorrections_SaysCorrections()
    {
        NightlyMail.Subject(Digest(new RunDiffCounts(0, 0, 3, 1, 2)))
            .ShouldBe("FactPipeline nightly 2026-12-02: 3 changed, 1 reopened, 2 corrections");
    }

    [Fact]
    public void Subject_EmptyDiff_SaysNoChanges()
    {
        NightlyMail.Subject(Digest(RunDiffCounts.Zero)).ShouldBe("FactPipeline nightly 2026-12-02: no changes");
    }

    [Fact]
    public void Subject_FirstRun_SaysFirstRun()
    {
        NightlyMail.Subject(Digest(new RunDiffCounts(4, 0, 0, 0, 0), firstRun: true))
            .ShouldBe("FactPipeline nightly 2026-12-02: first run, 4 new");
    }

    [Fact]
    public void CombineHtml_TwoPages_PutsTheKoreanBodyAfterTheEnglishOneInOnePage()
    {
        var combined = NightlyMail.CombineHtml(
            "<html lang=\"en\"><head><style>x{}</style></head><body>\n<p>English</p>\n</body></html>",
            "<html lang=\"ko\"><head><style>x{}</style></head><body>\n<p>한국어</p>\n</body></html>");

        combined.ShouldBe("<html lang=\"en\"><head><style>x{}</style></head><body>\n<p>English</p>\n<hr>\n<div lang=\"ko\">\n\n<p>한국어</p>\n</div>\n</body></html>");
    }
}
