using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Model;
using FactPipeline.Core.Quantities;

namespace FactPipeline.Core.Tests.CrossCheck;

/// <summary>Earlier values ("down from $5.8 billion") and window lengths ("the last 8 matches") read from the words around a figure.</summary>
public sealed class FigureRolesTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    public static TheoryData<string> FixtureCases() => Fixtures.CaseLines("CrossCheck/figure-roles.tsv");

    /// <summary>Every figure of the sentence as a claim, as the claim extractor places them (quote offsets included).</summary>
    private static Claim[] ClaimsOf(string sentence, string language) =>
        Recognizer.Recognize(sentence, language).Select((q, n) => new Claim
        {
            Id = $"c{n}",
            ArticleId = "a",
            Quote = sentence,
            QuoteStart = 100,
            Value = q with { Start = 100 + q.Start },
            Subject = [],
            Metric = [],
            Language = language,
        }).ToArray();

    [Theory]
    [MemberData(nameof(FixtureCases))]
    public void Roles_FixtureCase_MatchExpectation(string line)
    {
        var (language, sentence, figure, role) = line.Split('\t') switch { var f => (f[0], f[1], f[2], f[3]) };
        var claims = ClaimsOf(sentence, language);
        var at = Array.FindIndex(claims, c => c.Value.Text == figure);
        at.ShouldBeGreaterThanOrEqualTo(0, $"'{figure}' not recognized in [{string.Join(" | ", claims.Select(c => c.Value.Text))}]");

        FigureRoles.Earlier(claims)[at].ShouldBe(role == "earlier", sentence);
        FigureRoles.IsWindow(claims[at]).ShouldBe(role == "window", sentence);
        FigureRoles.IsMargin(claims[at]).ShouldBe(role == "margin", sentence);
    }

    [Fact]
    public void Earlier_CueButNoOtherFigureOfItsKind_IsNotEarlier()
    {
        // "From" before the only price of the sentence is where the money comes from, not a value before a change.
        var claims = ClaimsOf("The grant came from $3 million set aside by the council.", "en");

        FigureRoles.Earlier(claims).ShouldAllBe(earlier => !earlier);
    }

    [Fact]
    public void Earlier_GroupOthersJoinCountedWithAnotherNoun_IsEarlier()
    {
        // "Four companies join the original seven CLPS firms": both count companies, though the nouns differ.
        var claims = ClaimsOf("The four companies join the original seven CLPS firms picked last year.", "en")
            .Select(c => c with { Concept = "companies" }).ToArray();
        var seven = Array.FindIndex(claims, c => c.Value.Amount == 7m);
        var four = Array.FindIndex(claims, c => c.Value.Amount == 4m);

        seven.ShouldBeGreaterThanOrEqualTo(0);
        four.ShouldBeGreaterThanOrEqualTo(0);
        FigureRoles.Earlier(claims)[seven].ShouldBeTrue();
        FigureRoles.Earlier(claims)[four].ShouldBeFalse();
    }
}
