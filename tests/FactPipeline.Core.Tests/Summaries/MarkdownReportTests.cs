using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Summaries;
using FactPipeline.Core.Tests.TestSupport;
using static FactPipeline.Core.Tests.TestSupport.PossibleFindingReports;

namespace FactPipeline.Core.Tests.Summaries;

public sealed class MarkdownReportTests
{
    private const string EnglishHeading = "## Possible matches (not checked: the sources may be about different things)";
    private const string KoreanHeading = "## 동일 사실 여부 미확인 (다른 대상일 수 있음)";

    private static string Write(string language, bool showPossible, int possible = 1) =>
        MarkdownReport.Write(Make(possible), language, new FindingExplainer(CoreData.Lexicon), CoreData.Lexicon, showPossible);

    [Fact]
    public void Write_PossibleHidden_NotListedNotCountedAndSummaryLineSaysHowMany()
    {
        var markdown = Write("en", showPossible: false);

        markdown.ShouldContain("2 articles, 4 claims, 1 findings: 1 conflicts, 0 minor, 0 consistent. 1 possible match hidden; --show-possible lists it.");
        markdown.ShouldContain("### 1. [CONFLICT]");
        markdown.ShouldNotContain(EnglishHeading);
        markdown.ShouldNotContain("[POSSIBLE]");
        markdown.ShouldNotContain(PossibleFigureEn);
        markdown.ShouldNotContain(EnglishWorkers);
    }

    [Fact]
    public void Write_ShowPossible_ListsThemInTheirOwnSectionAfterTheFindings()
    {
        var markdown = Write("en", showPossible: true);

        markdown.ShouldContain("1 findings: 1 conflicts, 0 minor, 0 consistent. 1 possible match listed apart.");
        var section = markdown.IndexOf(EnglishHeading, StringComparison.Ordinal);
        section.ShouldBeGreaterThan(markdown.IndexOf("### 1. [CONFLICT]", StringComparison.Ordinal));
        section.ShouldBeLessThan(markdown.IndexOf("## Articles", StringComparison.Ordinal));
        var possible = markdown[section..markdown.IndexOf("## Articles", StringComparison.Ordinal)];
        possible.ShouldContain("### 2. [POSSIBLE] the employees — 8.3% apart");
        possible.ShouldContain(PossibleFigureEn);
        possible.ShouldContain("Not checked: the sources may be about different things");
        possible.ShouldContain("**5,200 workers**");
        possible.ShouldNotContain("CONFLICT");
    }

    [Fact]
    public void Write_ShowPossibleKorean_ListsThemUnderTheKoreanHeading()
    {
        var markdown = Write("ko", showPossible: true);

        markdown.ShouldContain("충돌 1건, 경미 0건, 일치 0건. 동일 사실 여부 미확인 1건은 따로 표시.");
        var possible = markdown[markdown.IndexOf(KoreanHeading, StringComparison.Ordinal)..markdown.IndexOf("## 기사", StringComparison.Ordinal)];
        possible.ShouldContain("### 2. [미확인]");
        possible.ShouldContain(PossibleFigureKo);
        possible.ShouldContain("확인되지 않았습니다");
    }

    [Fact]
    public void Write_PossibleHiddenKorean_SummaryLineSaysHowManyInKorean()
    {
        var markdown = Write("ko", showPossible: false);

        markdown.ShouldContain("발견 1건: 충돌 1건, 경미 0건, 일치 0건. 동일 사실 여부 미확인 1건 숨김; --show-possible로 표시.");
        markdown.ShouldNotContain(KoreanHeading);
        markdown.ShouldNotContain(PossibleFigureKo);
    }

    [Fact]
    public void Write_ShowPossibleWithNone_SectionSaysThereAreNone()
    {
        var markdown = Write("en", showPossible: true, possible: 0);

        markdown.ShouldContain(EnglishHeading + "\n\nNo possible matches.\n");
        markdown.ShouldContain("1 findings: 1 conflicts, 0 minor, 0 consistent.\n");
    }

    [Fact]
    public void Write_NoPossibleHidden_SummaryLineDoesNotMentionThem()
    {
        var markdown = Write("en", showPossible: false, possible: 0);

        markdown.ShouldContain("1 findings: 1 conflicts, 0 minor, 0 consistent.\n");
        markdown.ShouldNotContain("possible", Case.Insensitive);
    }
}
