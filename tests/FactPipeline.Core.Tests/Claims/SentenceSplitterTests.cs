using FactPipeline.Core.Claims;
using Shouldly;

namespace FactPipeline.Core.Tests.Claims;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Fact]
    public void Split_DecimalCommaAndPoint_StayInOneSentence()
    {
        Sentences("Anggaran naik menjadi 10,1 triliun won. Nilainya US$6.9 miliar.")
            .ShouldBe(["Anggaran naik menjadi 10,1 triliun won.", "Nilainya US$6.9 miliar."]);
    }

    [Fact]
    public void Split_CompanyAbbreviation_DoesNotEndSentence()
    {
        Sentences("Kesepakatan dengan Nvidia Corp. dan Samsung Electronics Co. diumumkan. Lalu selesai.")
            .ShouldBe(["Kesepakatan dengan Nvidia Corp. dan Samsung Electronics Co. diumumkan.", "Lalu selesai."]);
    }

    [Fact]
    public void Split_KoreanSentences_SplitAfterPeriod()
    {
        Sentences("정부는 예산을 늘린다. GPU 26만 장을 확보한다.").Length.ShouldBe(2);
    }

    [Fact]
    public void Split_ChineseFullStop_EndsSentenceWithoutSpace()
    {
        Sentences("预算为十万亿韩元。目标是二零三零年。").Length.ShouldBe(2);
    }

    [Fact]
    public void Split_ClosingQuote_StaysWithItsSentence()
    {
        Sentences("“Kami yakin.” Lalu ia pergi.").ShouldBe(["“Kami yakin.”", "Lalu ia pergi."]);
    }

    [Fact]
    public void Split_LowercaseAfterPeriod_IsNotABoundary()
    {
        Sentences("Ini versi 2. dan seterusnya.").ShouldHaveSingleItem();
    }
}
