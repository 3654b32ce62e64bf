using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Summaries;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Summaries;

public sealed class FindingExplainerTests
{
    [Theory]
    [InlineData(VerdictReason.Disjoint)]
    [InlineData(VerdictReason.Rounding)]
    [InlineData(VerdictReason.HedgesOverlap)]
    [InlineData(VerdictReason.Equal)]
    public void Explain_PossibleMatch_SaysNotCheckedWhateverTheFiguresSay(VerdictReason reason)
    {
        var claims = new[]
        {
            ClaimBuilder.Count("a1", 4_800m, "employees", subject: []),
            ClaimBuilder.Count("a2", 5_200m, "employees", subject: [], language: "en"),
        };
        var finding = new Finding
        {
            Id = "f1", Severity = Severity.Possible, Reason = reason, Topic = "employees", Concept = "employees",
            ClaimIds = [claims[0].Id, claims[1].Id], DifferencePercent = 8.3m,
        };

        var explained = new FindingExplainer(CoreData.Lexicon).Explain(finding, claims.ToDictionary(c => c.Id, StringComparer.Ordinal));

        explained.Explanation.En.ShouldBe(
            "Possibly the same figure for the employees: 4,800 employees vs 5,200 employees (8.3% apart). Not checked: the sources may be about different things, so compare the quotes before treating this as agreement or disagreement.");
        explained.Explanation.Ko.ShouldBe(
            "직원 수치가 같은 사실일 수 있습니다: 직원 4,800명 vs 직원 5,200명 (8.3% 차이). 확인되지 않았습니다. 출처들이 서로 다른 대상을 다룰 수 있으니 일치나 충돌로 보기 전에 인용문을 비교하세요.");
    }

    [Fact]
    public void Explain_PossibleMatchWithEqualFigures_LeavesTheGapOut()
    {
        var claims = new[] { ClaimBuilder.Count("a1", 310m, "students", subject: []), ClaimBuilder.Count("a2", 310m, "students", subject: []) };
        var finding = new Finding
        {
            Id = "f1", Severity = Severity.Possible, Reason = VerdictReason.Equal, Topic = "students", Concept = "students",
            ClaimIds = [claims[0].Id, claims[1].Id],
        };

        var explained = new FindingExplainer(CoreData.Lexicon).Explain(finding, claims.ToDictionary(c => c.Id, StringComparer.Ordinal));

        explained.Explanation.En.ShouldStartWith("Possibly the same figure for the students: 310 students. Not checked:");
        explained.Explanation.En.ShouldNotContain("agree on");
        explained.Explanation.Ko.ShouldStartWith("학생 수치가 같은 사실일 수 있습니다: 학생 310명. 확인되지 않았습니다.");
    }

    [Fact]
    public void TopicNames_AchievedFiguresOfOneBody_SayCompleted()
    {
        var done = new ClaimScope { Status = ScopeStatus.Achieved };
        var claims = new[]
        {
            ClaimBuilder.Count("a1", 24m, "schools", subjectId: "unicef", scope: done, language: "en"),
            ClaimBuilder.Count("a2", 36m, "schools", subjectId: "unicef", scope: done, language: "vi"),
        };
        var finding = new Finding
        {
            Id = "f1", Severity = Severity.Conflict, Reason = VerdictReason.Disjoint, Topic = "schools", Concept = "schools",
            ClaimIds = [claims[0].Id, claims[1].Id],
        };

        var (en, ko) = new FindingExplainer(CoreData.Lexicon).TopicNames(finding, claims);

        en.ShouldBe("UNICEF's completed schools");
        ko.ShouldBe($"{CoreData.Lexicon.NameOf("unicef", "ko")}의 완료 학교");
    }
}
