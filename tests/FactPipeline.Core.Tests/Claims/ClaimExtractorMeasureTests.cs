using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Claims;

/// <summary>
/// Which measure the extractor gives a figure: the counted-thing word around a count of people or of a counter word,
/// never a measure word that belongs to another figure of the sentence. Cases in Fixtures/Claims/measure-cases.tsv.
/// </summary>
public sealed class ClaimExtractorMeasureTests
{
    public static TheoryData<string> FixtureCases() => Fixtures.CaseLines("Claims/measure-cases.tsv");

    [Theory]
    [MemberData(nameof(FixtureCases))]
    public void Extract_FixtureCase_GivesExpectedMeasure(string line)
    {
        var f = line.Split('\t');
        var (language, sentence, figure, measure) = (f[0], f[1], f[2], f[3]);

        var claims = ExtractedClaims.Of("a", language, sentence);

        ExtractedClaims.Single(claims, figure).Concept.ShouldBe(measure == "-" ? null : measure, ExtractedClaims.Describe(claims));
    }
}
