using FactPipeline.Core.Claims;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Quantities;

namespace FactPipeline.Core.Tests.Claims;

public sealed class OccurrenceCountsTests
{
    private static readonly OccurrenceCounts Counts = OccurrenceCounts.Load();
    private static readonly QuantityRecognizer Recognizer = new();
    private static readonly string[] Languages = ["id", "en", "ko", "vi", "zh"];

    [Fact]
    public void Data_CountersDirectionsAndActions_CoverTheFiveLanguages()
    {
        foreach (var language in Languages)
        {
            Counts.Counters.GetValueOrDefault(language, []).ShouldNotBeEmpty($"no {language} counters");
            foreach (var (direction, words) in Counts.Directions)
            {
                words.GetValueOrDefault(language, []).ShouldNotBeEmpty($"no {language} words for {direction}");
            }
            foreach (var action in Counts.Actions)
            {
                action.Terms.GetValueOrDefault(language, []).ShouldNotBeEmpty($"no {language} wording of {action.Measure}");
            }
        }
    }

    [Fact]
    public void Data_Actions_NameMeasuresOfTheLexicon()
    {
        foreach (var action in Counts.Actions)
        {
            CoreData.Lexicon.Find(action.Measure).ShouldNotBeNull(action.Measure);
        }
    }

    [Theory]
    [InlineData("id", "Bank sentral telah memangkas suku bunga tiga kali tahun ini.", "tiga kali", true)]
    [InlineData("ko", "중앙은행은 올해 들어 두 차례 금리를 내렸다.", "두 차례", true)]
    [InlineData("vi", "Ngân hàng đã hai lần hạ lãi suất trong năm nay.", "hai lần", true)]
    [InlineData("zh", "该行今年已两次降息。", "两次", true)]
    [InlineData("en", "The bank has cut rates three times this year.", "three times", true)]
    [InlineData("id", "Penjualan kopi itu naik tiga kali lipat.", "tiga kali", false)]
    [InlineData("id", "Harga gula naik tiga kali dibanding tahun lalu.", "tiga kali", false)]
    [InlineData("vi", "Doanh số tăng 3 lần so với năm ngoái.", "3 lần", false)]
    [InlineData("vi", "Doanh số năm nay gấp 3 lần năm ngoái.", "gấp 3 lần", false)]
    [InlineData("en", "Exports are now three times higher than in 2020.", "three times", false)]
    [InlineData("ko", "수출이 두 배로 늘었다.", "두 배", false)]
    [InlineData("zh", "今年共接待游客185万人次。", "185万人次", false)]
    public void IsOccurrence_CounterWithoutAComparison_IsACountOfTimes(string language, string sentence, string figure, bool occurrence)
    {
        var q = Recognizer.Recognize(sentence, language).Single(q => q.Text.StartsWith(figure, StringComparison.Ordinal));

        Counts.IsOccurrence(sentence, q, language).ShouldBe(occurrence);
    }

    [Fact]
    public void IsOccurrence_OneTime_IsLeftOut()
    {
        const string sentence = "Bank itu baru satu kali menurunkan suku bunga.";
        var q = Recognizer.Recognize(sentence, "id").Single(q => q.Text.StartsWith("satu kali", StringComparison.Ordinal));

        Counts.IsOccurrence(sentence, q, "id").ShouldBeFalse();
    }

    [Theory]
    [InlineData("Tomas Vell scored twice as Rivertown beat Harbour City 3-0.", 1)]
    [InlineData("Vell scored twice as the hosts won.", 1)]
    [InlineData("Rivertown drew twice as many fans as last year.", 0)]
    [InlineData("The new stand is twice the size of the old one.", 0)]
    public void Spelled_TwiceWithoutAComparison_IsACountOfTwo(string sentence, int expected)
    {
        var found = Counts.Spelled(sentence, "en").ToArray();

        found.Length.ShouldBe(expected);
        found.ShouldAllBe(q => q.Amount == 2 && q.Low == 2 && q.High == 2);
    }

    [Theory]
    [InlineData("Vell has scored four times during a three-game streak.", "four times", true)]
    [InlineData("Vell mencetak gol dua kali sepanjang musim ini.", "dua kali", true)]
    [InlineData("Bank itu memangkas suku bunga dua kali sepanjang tahun ini.", "dua kali", false)]
    public void IsOverASpan_TallyOverSeveralEvents_SaysSo(string sentence, string figure, bool span)
    {
        var start = sentence.IndexOf(figure, StringComparison.Ordinal);

        Counts.IsOverASpan(sentence, start, start + figure.Length).ShouldBe(span);
    }

    [Theory]
    [InlineData("Bank itu memangkas suku bunga dua kali.", "dua kali", "down")]
    [InlineData("Bank itu menaikkan suku bunga dua kali.", "dua kali", "up")]
    [InlineData("중앙은행은 올해 세 차례 금리를 올렸다.", "세 차례", "up")]
    [InlineData("The bank reviewed its rates twice.", "twice", null)]
    public void DirectionNear_VerbOfTheAction_SaysWhichWay(string sentence, string figure, string? direction)
    {
        var start = sentence.IndexOf(figure, StringComparison.Ordinal);

        Counts.DirectionNear(sentence, start, start + figure.Length).ShouldBe(direction);
    }
}
