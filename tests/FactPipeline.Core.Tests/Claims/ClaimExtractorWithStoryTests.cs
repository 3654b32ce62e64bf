using FactPipeline.Core.Claims;
using FactPipeline.Core.Model;
using FactPipeline.Core.Quantities;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Tests.Claims;

public sealed class ClaimExtractorWithStoryTests
{
    // Wired as the pipeline wires them: the extractor and the profiler share one subject resolver and lexicon.
    private static readonly ServiceProvider Services = new ServiceCollection().AddQuantities().AddClaims().BuildServiceProvider();
    private static readonly IClaimExtractor Extractor = Services.GetRequiredService<IClaimExtractor>();
    private static readonly IStoryProfiler Profiler = Services.GetRequiredService<IStoryProfiler>();

    public static TheoryData<string> Articles => ["id", "en", "ko", "vi", "title", "figure-name", "unsupported"];

    [Theory]
    [MemberData(nameof(Articles))]
    public void ExtractWithStory_SharedResolver_GivesTheProfilersProfileAndTheSameClaims(string name)
    {
        var article = Article(name);

        var read = Extractor.ExtractWithStory(article, Profiler);

        var profile = Profiler.Profile(article);
        read.Story.ArticleId.ShouldBe(profile.ArticleId);
        read.Story.Keys.ShouldBe(profile.Keys);
        read.Story.PlaceKeys.ShouldBe(profile.PlaceKeys);
        read.Story.RomanizedWords.ShouldBe(profile.RomanizedWords);
        read.Claims.Select(c => (c.Id, c.Value.Text, c.Concept, c.SubjectId, c.Scope)).ShouldBe(Extractor.Extract(article).Select(c => (c.Id, c.Value.Text, c.Concept, c.SubjectId, c.Scope)));
    }

    [Fact]
    public void ExtractWithStory_NameRightAfterAFigure_IsInTheStoryButNoClaimsSubject()
    {
        // "3.200 Corvana": the name right after a figure is what is counted, so it cannot be whose "Rp 15 miliar" it is;
        // the story still names it.
        var read = Extractor.ExtractWithStory(Article("figure-name"), Profiler);

        read.Story.Keys.ShouldContain("name:corvana");
        read.Claims.ShouldNotBeEmpty();
        read.Claims.ShouldNotContain(c => c.SubjectId == "name:corvana");
    }

    [Fact]
    public void ExtractWithStory_OtherProfiler_AsksIt()
    {
        var own = new StoryProfile("x", ["name:elsewhere"], []);

        var read = Extractor.ExtractWithStory(Article("id"), new FixedProfiler(own));

        read.Story.ShouldBeSameAs(own);
        read.Claims.Count.ShouldBe(Extractor.Extract(Article("id")).Count);
    }

    private static Article Article(string name) => name switch
    {
        "id" => ExtractedClaims.Article("a", "id", null,
            "Pemerintah Provinsi Lorvana menaikkan anggaran irigasi menjadi Rp 420 miliar pada 2026, kata Kepala Dinas Hendra Wirasmo.",
            "Menurut Badan Pusat Statistik, produksi padi naik 12 persen di Vietnam dan Thailand."),
        "en" => ExtractedClaims.Article("b", "en", null,
            "Halvorsen Marine said it would invest $310 million in a shipyard in Norway. The Bank of Korea kept its rate at 2.5%."),
        "ko" => ExtractedClaims.Article("c", "ko", null, "한빛전자는 베트남 공장에 3억 달러를 투자한다고 밝혔다. 김민수 장관은 예산을 2조 원으로 늘렸다."),
        "vi" => ExtractedClaims.Article("d", "vi", null, "Công ty Sông Lam cho biết doanh thu năm 2025 đạt 1.200 tỷ đồng, tăng 15% so với năm trước tại Hà Nội."),
        "title" => ExtractedClaims.Article("e", "en", "Corvana Foods expands in Japan",
            "Corvana Foods will hire 450 workers for its new plant, the company said."),
        "figure-name" => ExtractedClaims.Article("f", "id", null, "Pabrik di Surabaya itu merakit 3.200 Corvana senilai Rp 15 miliar setiap bulan."),
        _ => ExtractedClaims.Article("g", "de", null, "Die Firma Corvana baut 300 Wohnungen in Berlin."),
    };

    private sealed class FixedProfiler(StoryProfile profile) : IStoryProfiler
    {
        public StoryProfile Profile(Article article) => profile;
    }
    [Fact]
    public void Extract_SentenceSpeakingOfTheCarrierByACommonNoun_TakesTheLastBodyNotAPlaceInBetween()
    {
        // "hãng" is Orbis Air, named before; the sentence in between was about Korea.
        var claims = ExtractedClaims.Of("a", "vi",
            "Trong dịp lễ, Orbis Air chở 2,3 triệu lượt khách.",
            "Đường bay đến Hàn Quốc đông khách nhất.",
            "Năm trước, hãng chở 2,1 triệu lượt khách.");

        ExtractedClaims.Single(claims, "2,1 triệu").SubjectId.ShouldBe("name:orbis air", ExtractedClaims.Describe(claims));
    }
}
