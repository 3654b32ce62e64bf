using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.CrossCheck;

public sealed class SubjectRelationsTests
{
    [Fact]
    public void Of_FoundNamesSharingALongWord_IsRelatedNotDifferent()
    {
        // One province written two ways ("Tây Lintang" in Vietnamese, "Lintang Barat" in Indonesian).
        var a = ClaimBuilder.Count("a", 10m, "deaths", subjectId: "name:tay lintang");
        var b = ClaimBuilder.Count("b", 10m, "deaths", subjectId: "name:lintang barat");

        SubjectRelations.Of(a, b).ShouldBe(SubjectRelation.Related);
    }

    [Fact]
    public void Of_FoundNamesSharingNoWord_IsDifferent()
    {
        var a = ClaimBuilder.Count("a", 10m, "goals", subjectId: "name:rafael mendes");
        var b = ClaimBuilder.Count("b", 10m, "goals", subjectId: "name:thiago rocha");

        SubjectRelations.Of(a, b).ShouldBe(SubjectRelation.Different);
    }

    [Fact]
    public void Of_OneNameInsideTheOther_IsSame()
    {
        var a = ClaimBuilder.Count("a", 10m, "points", subjectId: "name:davis");
        var b = ClaimBuilder.Count("b", 10m, "points", subjectId: "name:anthony davis");

        SubjectRelations.Of(a, b).ShouldBe(SubjectRelation.Same);
    }
}
