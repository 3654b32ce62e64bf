using FactPipeline.Core.Summaries.Llm;

namespace FactPipeline.Core.Tests.Summaries.Llm;

public sealed class SummarizeArticleAnswerTests
{
    private const int Limit = 2_000;

    [Fact]
    public void Parse_ValidAnswer_ReadsTitleAndSummaryTrimmed()
    {
        var (summary, problem) = SummarizeArticleAnswer.Parse(
            """  {"title": "  South Korea's AI budget rises to 10.1 trillion won ", "summary": " The budget rises to 10.1 trillion won.\n"}  """, Limit);

        problem.ShouldBeNull();
        summary.ShouldBe(new GeneratedSummary("South Korea's AI budget rises to 10.1 trillion won", "The budget rises to 10.1 trillion won."));
    }

    [Fact]
    public void Parse_KoreanAnswer_KeepsTheTextAsWritten()
    {
        var (summary, problem) = SummarizeArticleAnswer.Parse("""{"title": "한국 AI 예산 10조 1,000억 원", "summary": "예산은 10조 1,000억 원이다."}""", Limit);

        problem.ShouldBeNull();
        summary.ShouldNotBeNull().Summary.ShouldBe("예산은 10조 1,000억 원이다.");
    }

    [Theory]
    [InlineData(null, "empty answer")]
    [InlineData(" \n ", "empty answer")]
    [InlineData("I'm sorry, I can't help with that.", "invalid JSON")]
    [InlineData("Here it is: {\"title\": \"t\", \"summary\": \"s\"}", "invalid JSON")]
    [InlineData("{\"title\": \"t\", \"summary\": \"s\"", "invalid JSON")]
    [InlineData("{\"title\": \"t\", \"summary\": \"s\"} and more", "invalid JSON")]
    [InlineData("[{\"title\": \"t\", \"summary\": \"s\"}]", "invalid JSON")]
    [InlineData("null", "invalid JSON")]
    [InlineData("{\"title\": \"t\"}", "invalid JSON")]
    [InlineData("{\"summary\": \"s\"}", "invalid JSON")]
    [InlineData("{\"title\": null, \"summary\": \"s\"}", "invalid JSON")]
    [InlineData("{\"title\": \"t\", \"summary\": 3}", "invalid JSON")]
    [InlineData("{\"title\": \"t\", \"summary\": \"s\", \"figures\": []}", "invalid JSON")]
    [InlineData("{\"Title\": \"t\", \"Summary\": \"s\"}", "invalid JSON")]
    [InlineData("{\"title\": \"\", \"summary\": \"s\"}", "empty title or summary")]
    [InlineData("{\"title\": \"t\", \"summary\": \"   \"}", "empty title or summary")]
    public void Parse_UnusableAnswer_SaysWhy(string? answer, string problem)
    {
        var parsed = SummarizeArticleAnswer.Parse(answer, Limit);

        parsed.Summary.ShouldBeNull();
        parsed.Problem.ShouldNotBeNull().ShouldStartWith(problem);
    }

    [Fact]
    public void Parse_SummaryLongerThanTheLimit_IsAProblem()
    {
        var summary = new string('a', 101);

        var parsed = SummarizeArticleAnswer.Parse($$"""{"title": "t", "summary": "{{summary}}"}""", 100);

        parsed.Summary.ShouldBeNull();
        parsed.Problem.ShouldBe("summary of 101 characters (at most 100)");
    }

    [Fact]
    public void Parse_SummaryOfExactlyTheLimit_IsValid()
    {
        var summary = new string('a', 100);

        SummarizeArticleAnswer.Parse($$"""{"title": "t", "summary": "{{summary}}"}""", 100).Summary.ShouldNotBeNull().Summary.ShouldBe(summary);
    }

    [Fact]
    public void Parse_InvalidJson_ProblemIsOneLineForTheFeedback()
    {
        var parsed = SummarizeArticleAnswer.Parse("{\"title\": \"t\",\n \"summary\": \"s\",\n \"extra\": 1}", Limit);

        parsed.Problem.ShouldNotBeNull().ShouldNotContain('\n');
    }
}
