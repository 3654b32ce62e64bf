using FactPipeline.Core.Claims.Scopes;

namespace FactPipeline.Core.Tests.Claims.Scopes;

public sealed class PartitiveOpenersTests
{
    private static readonly PartitiveOpeners Openers = PartitiveOpeners.Load();

    [Fact]
    public void Data_AnaphoricAndNamedWholeCues_CoverTheFiveLanguages()
    {
        foreach (var language in new[] { "id", "en", "ko", "vi", "zh" })
        {
            Openers.Anaphoric.GetValueOrDefault(language, []).ShouldNotBeEmpty($"no {language} anaphoric openers");
            Openers.NamedWhole.ShouldContainKey(language);
            Openers.NamedWhole[language].After.ShouldNotBeEmpty($"no {language} ends of a named whole");
        }
    }

    [Theory]
    [InlineData("Dari jumlah itu, 140 orang berasal dari Medan.", "Dari jumlah itu")]
    [InlineData("Of that number, 140 work in Penang.", "Of that number")]
    [InlineData("이 가운데 140명은 부산 공장 소속이다.", "이 가운데")]
    [InlineData("Trong số đó, 140 người làm việc tại Đà Nẵng.", "Trong số đó")]
    [InlineData("其中，槟城员工140人。", "其中")]
    [InlineData("\"Among them, 140 were nurses.", "\"Among them")]
    public void Read_SentenceOpeningOnTheFigureBefore_IsAnaphoricAndEndsAfterTheCue(string sentence, string opener)
    {
        var read = Openers.Read(sentence).ShouldNotBeNull();

        read.Anaphoric.ShouldBeTrue();
        read.End.ShouldBe(opener.Length);
    }

    [Theory]
    [InlineData("Of the affected employees, 140 work in Penang.", "affected employees")]
    [InlineData("Dari karyawan yang terdampak, 140 orang berasal dari Medan.", "karyawan yang terdampak")]
    [InlineData("감원 대상 직원 가운데 140명은 부산 공장 소속이다.", "감원 대상 직원")]
    [InlineData("Trong số nhân viên bị ảnh hưởng, 140 người làm việc tại Đà Nẵng.", "nhân viên bị ảnh hưởng")]
    [InlineData("受影响员工中，槟城员工140人。", "受影响员工")]
    public void Read_SentenceOpeningOnANamedWhole_GivesTheWholesSpan(string sentence, string whole)
    {
        var read = Openers.Read(sentence).ShouldNotBeNull();

        read.Anaphoric.ShouldBeFalse();
        sentence[read.WholeStart..read.WholeEnd].Trim().ShouldBe(whole);
        read.End.ShouldBeGreaterThan(read.WholeEnd);
    }

    [Theory]
    [InlineData("Of the 900 voters, 140 cast ballots.")] // a whole with a figure: the recogniser's part-whole reading
    [InlineData("이 중국 기업은 직원 140명을 채용했다.")] // "이 중" opens "이 중국", no partitive
    [InlineData("Of those surveyed 40 percent said no.")] // "of those" opens a noun phrase, not the figure before
    [InlineData("The chain cut 140 jobs, of them most in Penang.")] // not at the opening
    [InlineData("Officials said of the plan, it would cost more.")]
    public void Read_SentenceWithoutAPartitiveOpener_ReturnsNull(string sentence)
    {
        Openers.Read(sentence).ShouldBeNull();
    }
}
