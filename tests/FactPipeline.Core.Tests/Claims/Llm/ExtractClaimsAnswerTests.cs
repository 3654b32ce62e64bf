using FactPipeline.Core.Claims.Llm;

namespace FactPipeline.Core.Tests.Claims.Llm;

public sealed class ExtractClaimsAnswerTests
{
    private const string Valid = """
        {"claims": [{"quote": "Anggaran naik 10,1 triliun won.", "kind": "money", "value": {"amount": 1.01E+13, "unit": "KRW"},
          "subject": "South Korea", "metric": "AI budget", "time_scope": "2026", "predicate": null, "object": null}]}
        """;

    [Fact]
    public void Parse_ValidAnswer_ReadsClaimsWithExactDecimals()
    {
        var parsed = ExtractClaimsAnswer.Parse(Valid);

        parsed.Problem.ShouldBeNull();
        var claim = parsed.Claims.ShouldNotBeNull().ShouldHaveSingleItem();
        claim.Value.Amount.ShouldBe(10_100_000_000_000m);
        claim.Value.Unit.ShouldBe("KRW");
        claim.TimeScope.ShouldBe("2026");
        claim.IsStatement.ShouldBeFalse();
    }

    [Theory]
    [InlineData(null, "empty answer")]
    [InlineData("  \n ", "empty answer")]
    [InlineData("I'm sorry, but I can't help with that request.", "refusal")]
    [InlineData("Sorry, I cannot comply.", "refusal")]
    [InlineData("Here are the claims: {\"claims\": []}", "invalid JSON: the answer is not a JSON object")]
    [InlineData("{\"claims\": [{\"quote\": \"Anggaran naik", "truncated output")]
    [InlineData("{\"claims\": []", "truncated output")]
    [InlineData("{\"claims\": []} trailing words", "invalid JSON")]
    [InlineData("{\"claims\": [],}", "invalid JSON")]
    [InlineData("{\"items\": []}", "invalid JSON")]
    [InlineData("{\"claims\": \"none\"}", "invalid JSON")]
    [InlineData("{\"claims\": [{\"quote\": \"x\", \"kind\": \"opinion\", \"value\": {\"amount\": null, \"unit\": null}, \"subject\": null, \"metric\": null, \"time_scope\": null, \"predicate\": null, \"object\": null}]}", "invalid JSON")]
    [InlineData("{\"claims\": [{\"quote\": null, \"kind\": \"money\", \"value\": {\"amount\": 1, \"unit\": null}, \"subject\": null, \"metric\": null, \"time_scope\": null, \"predicate\": null, \"object\": null}]}", "invalid JSON")]
    [InlineData("{\"claims\": [{\"quote\": \"x\", \"kind\": \"money\", \"value\": {\"amount\": 1, \"unit\": null}, \"subject\": null, \"metric\": null, \"time_scope\": null, \"predicate\": null, \"object\": null, \"confidence\": 0.9}]}", "invalid JSON")]
    [InlineData("{\"claims\": [{\"quote\": \"x\", \"kind\": \"money\", \"value\": {\"amount\": \"10\", \"unit\": null}, \"subject\": null, \"metric\": null, \"time_scope\": null, \"predicate\": null, \"object\": null}]}", "invalid JSON")]
    public void Parse_UnusableAnswer_SaysWhy(string? answer, string problem)
    {
        var parsed = ExtractClaimsAnswer.Parse(answer);

        parsed.Claims.ShouldBeNull();
        parsed.Problem.ShouldNotBeNull().ShouldStartWith(problem);
    }

    [Fact]
    public void Parse_NoClaims_IsValidAndEmpty()
    {
        ExtractClaimsAnswer.Parse("""{"claims": []}""").Claims.ShouldNotBeNull().ShouldBeEmpty();
    }
}
