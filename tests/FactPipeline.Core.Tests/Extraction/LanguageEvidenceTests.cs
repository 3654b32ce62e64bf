using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class LanguageEvidenceTests
{
    private static LanguageGuess Guess(params (string Language, double Confidence)[] confidences) =>
        new(confidences[0].Language, confidences.ToDictionary(c => c.Language, c => c.Confidence));

    [Fact]
    public void Resolve_DeclarationAgreesWithText_ReturnsIt()
    {
        LanguageEvidence.Resolve(Guess(("id", 0.98)), [null, "id-ID"]).ShouldBe("id");
    }

    [Fact]
    public void Resolve_TextSureAndDisagrees_TextWins()
    {
        // A German page whose template says lang="en".
        LanguageEvidence.Resolve(Guess(("de", 0.99), ("en", 0.01)), [null, "en"]).ShouldBe("de");
    }

    [Fact]
    public void Resolve_TextUnsureAndDeclaredLanguageSupported_DeclarationWins()
    {
        LanguageEvidence.Resolve(Guess(("de", 0.45), ("en", 0.40), ("nl", 0.15)), [null, "en-GB"]).ShouldBe("en");
    }

    [Fact]
    public void Resolve_TextUnsureButGivesDeclaredLanguageNoWeight_TextWins()
    {
        LanguageEvidence.Resolve(Guess(("en", 0.5), ("tl", 0.3), ("de", 0.2)), [null, "vi"]).ShouldBe("en");
    }

    [Theory]
    [InlineData("ms", "id", "ms")]
    [InlineData("id", "ms", "id")]
    public void Resolve_CloseVarietyDeclared_DeclarationWins(string declared, string text, string expected)
    {
        LanguageEvidence.Resolve(Guess((text, 1.0)), [declared]).ShouldBe(expected);
    }

    [Fact]
    public void Resolve_TextUndetermined_FirstDeclarationWins()
    {
        LanguageEvidence.Resolve(LanguageGuess.Undetermined, [null, "x-default", "pt_BR"]).ShouldBe("pt");
    }

    [Fact]
    public void Resolve_TextUndeterminedAndNothingDeclared_ReturnsUnd()
    {
        LanguageEvidence.Resolve(LanguageGuess.Undetermined, [null, null]).ShouldBe("und");
    }

    [Fact]
    public void Resolve_TextUnsure_FirstDeclarationItSupportsWins()
    {
        var unsure = Guess(("en", 0.5), ("id", 0.3), ("de", 0.2));

        LanguageEvidence.Resolve(unsure, ["id", "de"]).ShouldBe("id");
        LanguageEvidence.Resolve(unsure, ["de", "id"]).ShouldBe("de");
    }
}
