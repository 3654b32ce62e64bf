using FactPipeline.Core.Claims;
using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Quantities;
using FactPipeline.Core.Summaries.Checks;

namespace FactPipeline.Core.Tests.Summaries.Checks;

public class SummaryNumberCheckTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    private static IReadOnlyList<Claim> Claims(string language, params string[] paragraphs)
    {
        var extractor = CoreData.ClaimExtractor();
        return extractor.Extract(new Article
        {
            Id = "src", Source = "src.txt", Language = language, Paragraphs = Article.Layout(paragraphs),
        });
    }

    private static SummaryNumberCheckResult Run(string text, string language, IReadOnlyList<Claim> claims, bool failOnDropped = false) =>
        new SummaryNumberCheck(Recognizer, new SummaryNumberCheckOptions { FailOnDropped = failOnDropped })
            .Check(text, language, claims);

    private const string IdBudget = "Anggaran pemerintah Korea naik menjadi 10,1 triliun won tahun ini.";
    private const string KoSource1 = "정부는 올해 예산을 10조 1천억 원으로 늘렸다.";
    private const string KoSource2 = "엔비디아는 한국에 GPU 26만 장을 공급한다.";
    private const string ViSource1 = "Ngân sách dành cho nghiên cứu là 1,5 nghìn tỷ đồng.";
    private const string ViSource2 = "Các nhà khoa học đã có hơn 4.000 công bố quốc tế.";

    [Theory]
    [InlineData("Korea's budget rises to 10.1 trillion won this year.")]
    [InlineData("The budget rises to about 10.1 trillion won.")]
    [InlineData("The government raised the budget to 10.1 trillion Korean won.")]
    public void IdToEnglish_same_figure_passes(string summary)
    {
        var result = Run(summary, "en", Claims("id", IdBudget));
        result.Passed.ShouldBeTrue();
        result.Unmatched.ShouldBeEmpty();
        result.Dropped.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Korea's budget rises to 10.2 trillion won this year.", "10.2 trillion won")]
    [InlineData("Korea's budget rises to 11 trillion won this year.", "11 trillion won")]
    [InlineData("Korea's budget rises to 10.1 trillion dollars this year.", "10.1 trillion dollars")]
    [InlineData("Korea's budget rises to 10 trillion won this year.", "10 trillion won")]
    [InlineData("Korea's budget rises to about 10 trillion won this year.", "10 trillion won")]
    [InlineData("Korea's budget rises to 10.12 trillion won this year.", "10.12 trillion won")]
    public void IdToEnglish_changed_figure_fails(string summary, string figure)
    {
        var result = Run(summary, "en", Claims("id", IdBudget));
        result.Passed.ShouldBeFalse();
        result.Unmatched.Select(q => q.Text).ShouldBe([figure]);
    }

    [Fact]
    public void RequiredFigure_RoundedInTheText_IsMissing()
    {
        var claims = Claims("id", IdBudget);
        var check = new SummaryNumberCheck(Recognizer);

        var result = check.Check("The budget is about 10 trillion won.", "en", claims, otherSourceFigures: [], required: [claims[0].Value]);

        result.Passed.ShouldBeFalse();
        result.Missing.ShouldBe([claims[0].Value]);
    }

    [Fact]
    public void IdToKorean_same_figure_passes()
    {
        var result = Run("올해 한국 예산은 10조 1,000억 원으로 늘었다.", "ko", Claims("id", IdBudget));
        result.Passed.ShouldBeTrue();
        result.Dropped.ShouldBeEmpty();
    }

    [Fact]
    public void IdToKorean_changed_figure_fails()
    {
        var result = Run("올해 한국 예산은 10조 2,000억 원으로 늘었다.", "ko", Claims("id", IdBudget));
        result.Passed.ShouldBeFalse();
        result.Unmatched.Single().Amount.ShouldBe(10_200_000_000_000m);
        result.Dropped.Count.ShouldBe(1);
    }

    [Fact]
    public void KoToEnglish_money_and_count_pass()
    {
        var result = Run("The budget rose to 10.1 trillion won, and Nvidia will supply 260,000 GPUs to Korea.", "en",
            Claims("ko", KoSource1, KoSource2));
        result.Passed.ShouldBeTrue();
        result.Unmatched.ShouldBeEmpty();
        result.Dropped.ShouldBeEmpty();
    }

    [Fact]
    public void KoToEnglish_scale_word_on_both_sides_passes()
    {
        var result = Run("Nvidia will supply 260 thousand GPUs.", "en", Claims("ko", KoSource2));
        result.Passed.ShouldBeTrue();
    }

    [Fact]
    public void KoToEnglish_wrong_count_fails()
    {
        var result = Run("Nvidia will supply 26,000 GPUs.", "en", Claims("ko", KoSource2));
        result.Passed.ShouldBeFalse();
        result.Unmatched.Single().Amount.ShouldBe(26_000m);
    }

    [Fact]
    public void KoToKorean_counter_word_may_change()
    {
        var result = Run("엔비디아가 GPU 26만 대를 공급한다.", "ko", Claims("ko", KoSource2));
        result.Passed.ShouldBeTrue();
    }

    [Fact]
    public void ViToEnglish_money_and_count_pass()
    {
        var result = Run("The research budget is 1.5 trillion dong; scientists have more than 4,000 international publications.", "en",
            Claims("vi", ViSource1, ViSource2));
        result.Passed.ShouldBeTrue();
        result.Unmatched.ShouldBeEmpty();
        result.Dropped.ShouldBeEmpty();
    }

    [Fact]
    public void ViToEnglish_wrong_currency_fails()
    {
        var result = Run("The research budget is 1.5 trillion won.", "en", Claims("vi", ViSource1));
        result.Passed.ShouldBeFalse();
        result.Unmatched.Single().Unit.ShouldBe("KRW");
    }

    [Fact]
    public void ViToEnglish_digits_without_scale_word_pass()
    {
        var result = Run("The research budget is 1,500,000,000,000 dong.", "en", Claims("vi", ViSource1));
        result.Passed.ShouldBeTrue();
    }

    [Fact]
    public void Added_figure_fails()
    {
        var result = Run("Korea's budget rises to 10.1 trillion won, with 500 new researchers.", "en", Claims("id", IdBudget));
        result.Passed.ShouldBeFalse();
        result.Unmatched.Select(q => q.Amount).ShouldBe([500m]);
        result.Dropped.ShouldBeEmpty();
    }

    [Fact]
    public void Dropped_figure_is_reported_but_passes_by_default()
    {
        var claims = Claims("ko", KoSource1, KoSource2);
        var result = Run("The budget rose to 10.1 trillion won.", "en", claims);
        result.Passed.ShouldBeTrue();
        result.Dropped.Select(c => c.Value.Amount).ShouldBe([260_000m]);
    }

    [Fact]
    public void Dropped_figure_fails_when_option_says_so()
    {
        var result = Run("The budget rose to 10.1 trillion won.", "en", Claims("ko", KoSource1, KoSource2), failOnDropped: true);
        result.Passed.ShouldBeFalse();
        result.Unmatched.ShouldBeEmpty();
        result.Dropped.Count.ShouldBe(1);
    }

    [Fact]
    public void Years_are_not_figures()
    {
        var result = Run("In 2025, Korea's budget rises to 10.1 trillion won.", "en", Claims("id", IdBudget));
        result.Passed.ShouldBeTrue();
        result.Unmatched.ShouldBeEmpty();
    }

    [Fact]
    public void Text_without_numbers_drops_everything()
    {
        var result = Run("Korea raised its budget.", "en", Claims("id", IdBudget));
        result.Passed.ShouldBeTrue();
        result.Dropped.Count.ShouldBe(1);
    }
}

/// <summary>What the check refuses beyond a changed amount: ranges, hedges, durations, digits it cannot read.</summary>
public class SummaryNumberCheckStrictnessTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    private static (IReadOnlyList<Claim> Claims, string Text) Source(string language, string text)
    {
        var extractor = CoreData.ClaimExtractor();
        var claims = extractor.Extract(new Article { Id = "src", Source = "src.txt", Language = language, Paragraphs = Article.Layout([text]) });
        return (claims, text);
    }

    private static SummaryNumberCheckResult Run(string summary, string language, (IReadOnlyList<Claim> Claims, string Text) source) =>
        new SummaryNumberCheck(Recognizer).Check(summary, language, source.Claims, otherSourceFigures: [], required: [], sourceText: source.Text);

    [Theory]
    [InlineData("The budget is 11 trillion won.")]
    [InlineData("The budget is 9-13 trillion won.")]
    [InlineData("예산은 11조 원이다.")]
    public void SourceRange_MidpointOrOtherRange_Fails(string summary)
    {
        var source = Source("id", "Anggaran AI mencapai 10-12 triliun won tahun ini.");
        Run(summary, summary.Contains('원') ? "ko" : "en", source).Passed.ShouldBeFalse();
    }

    [Fact]
    public void SourceRange_SameRange_Passes()
    {
        var source = Source("id", "Anggaran AI mencapai 10-12 triliun won tahun ini.");
        Run("The AI budget is 10-12 trillion won.", "en", source).Passed.ShouldBeTrue();
    }

    [Theory]
    [InlineData("The budget is less than 10.1 trillion won.", false)]
    [InlineData("The budget is more than 10.1 trillion won.", false)]
    [InlineData("The budget is about 10.1 trillion won.", true)]
    public void DirectionalHedge_NotInTheSource_Fails(string summary, bool passes)
    {
        var source = Source("id", "Anggaran AI naik menjadi 10,1 triliun won tahun ini.");
        Run(summary, "en", source).Passed.ShouldBe(passes);
    }

    [Fact]
    public void Duration_DoesNotStandForACount()
    {
        var source = Source("id", "Program itu melibatkan 12 universitas di seluruh negeri.");
        var result = Run("The programme will run for over 12 years.", "en", source);
        result.Passed.ShouldBeFalse();
        Run("The programme involves 12 universities.", "en", source).Passed.ShouldBeTrue();
    }

    [Theory]
    [InlineData("12 universities received 2031 GPUs.", "2031")]
    [InlineData("The budget grew 7x in a year.", "7x")]
    public void DigitsTheSourceDoesNotHave_Fail(string summary, string figure)
    {
        var source = Source("id", "Program itu melibatkan 12 universitas di seluruh negeri.");
        var result = Run(summary, "en", source);
        result.Passed.ShouldBeFalse();
        result.Unmatched.Select(q => q.Text).ShouldContain(figure);
    }

    [Theory]
    [InlineData("On 5 December 2025, 12 universities joined the programme.", "en")]
    [InlineData("2025년 12월 5일, 대학 12곳이 참여했다.", "ko")]
    public void DatesAndYearsOfTheSource_Pass(string summary, string language)
    {
        var source = Source("id", "Program itu melibatkan 12 universitas di seluruh negeri.");
        Run(summary, language, source).Passed.ShouldBeTrue();
    }
}
