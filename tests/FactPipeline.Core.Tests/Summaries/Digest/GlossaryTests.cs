using FactPipeline.Core.Summaries.Digest;

namespace FactPipeline.Core.Tests.Summaries.Digest;

public sealed class GlossaryTests
{
    private static readonly Glossary Glossary = CoreData.Glossary;

    [Fact]
    public void Default_HasAtLeastThirtyEntriesWithAllThreeNames()
    {
        Glossary.Entries.Count.ShouldBeGreaterThanOrEqualTo(30);
        Glossary.Entries.ShouldAllBe(e => e.Id.Length > 0 && e.En.Length > 0 && e.Ko.Length > 0);
    }

    [Theory]
    [InlineData("Kementerian Ilmu Pengetahuan dan Teknologi Informasi", "Ministry of Science and ICT", "과학기술정보통신부")]
    [InlineData("Dana Pertumbuhan Nasional", "National Growth Fund", "국민성장펀드")]
    [InlineData("Nvidia", "Nvidia", "엔비디아")]
    [InlineData("Samsung Electronics", "Samsung Electronics", "삼성전자")]
    [InlineData("Naver Cloud", "Naver Cloud", "네이버클라우드")]
    [InlineData("LG AI Research", "LG AI Research", "LG AI연구원")]
    [InlineData("SK Telecom", "SK Telecom", "SK텔레콤")]
    [InlineData("Upstage", "Upstage", "업스테이지")]
    [InlineData("OpenAI", "OpenAI", "오픈AI")]
    [InlineData("Horizon Europe", "Horizon Europe", "호라이즌 유럽")]
    [InlineData("Lee Jae Myung", "Lee Jae Myung", "이재명")]
    [InlineData("Jensen Huang", "Jensen Huang", "젠슨 황")]
    [InlineData("Sam Altman", "Sam Altman", "샘 올트먼")]
    [InlineData("Korea Press Center", "Korea Press Center", "한국프레스센터")]
    public void Translate_IndonesianName_GivesEnglishAndKorean(string indonesian, string english, string korean)
    {
        Glossary.Translate(indonesian, "en").ShouldBe(english);
        Glossary.Translate(indonesian, "ko").ShouldBe(korean);
    }

    [Fact]
    public void Find_IndonesianSentence_FindsLongestNamesAndSkipsPartialWords()
    {
        const string text = "Kementerian Ilmu Pengetahuan dan TIK bekerja sama dengan Naver Cloud, Upstage dan NC AI di ASEAN.";

        var hits = Glossary.Find(text);

        hits.Select(h => h.Entry.En).ShouldBe(["Ministry of Science and ICT", "Naver Cloud", "Upstage", "NC AI"]);
        hits[1].Start.ShouldBe(text.IndexOf("Naver Cloud", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_KoreanNameWithParticle_IsFound()
    {
        Glossary.Find("엔비디아는 삼성전자와 협력한다").Select(h => h.Entry.En).ShouldBe(["Nvidia", "Samsung Electronics"]);
    }

    [Fact]
    public void Translate_SentenceThatIsNotOneName_GivesNull()
    {
        Glossary.Translate("Nvidia memasok GPU ke Korea", "en").ShouldBeNull();
    }
}
