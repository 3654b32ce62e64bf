using FactPipeline.Core.Claims;
using FactPipeline.Core.Claims.Subjects;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Claims;

public sealed class StoryProfilerTests
{
    private static readonly StoryProfiler Profiler = CoreData.StoryProfiler();

    [Fact]
    public void Profile_CollectsNamesOfTitleAndSentencesAndSeparatesPlaces()
    {
        var article = ExtractedClaims.Article("a", "id", "Bendungan Lawu rampung",
            "Proyek Bendungan Lawu di Vietnam dikerjakan PT Karya Tirta.",
            "Menurut Dinas Pekerjaan Umum, pekerjaan selesai tepat waktu.");

        var profile = Profiler.Profile(article);

        profile.ArticleId.ShouldBe("a");
        profile.Keys.ShouldContain("name:bendungan lawu");
        profile.Keys.ShouldContain("name:karya tirta");
        profile.PlaceKeys.ShouldBe(["vn"]);
        profile.Keys.ShouldNotContain("vn");
    }

    [Fact]
    public void Profile_UnsupportedLanguage_IsEmpty()
    {
        // German capitalises every noun: read as names they would join unrelated pages into one story.
        var article = ExtractedClaims.Article("a", "de", "Die Regierung plant Reformen",
            "Die Regierung in Berlin will im Sommer die Koalition mit neuen Mehrheiten stärken.");

        var profile = Profiler.Profile(article);

        profile.Keys.ShouldBeEmpty();
        profile.PlaceKeys.ShouldBeEmpty();
    }

    [Fact]
    public void Profile_CountsSpeakersToo()
    {
        var article = ExtractedClaims.Article("a", "id", null, "Menurut Dinas Pekerjaan Umum, pekerjaan selesai tepat waktu.");

        Profiler.Profile(article).Keys.ShouldContain(k => k.Contains("pekerjaan umum", StringComparison.Ordinal));
    }

    [Fact]
    public void Profile_SameStoryInTwoLanguages_SharesKeys()
    {
        // The name is not the sentence's first word: a capitalised first word counts only if the article also capitalises it mid-sentence.
        var indonesian = ExtractedClaims.Article("a", "id", null, "Perusahaan Norland Foods dan Veltrix membangun pabrik bersama di Vietnam.");
        var korean = ExtractedClaims.Article("b", "ko", null, "Norland Foods와 Veltrix는 베트남에 공장을 함께 짓는다.");

        var a = Profiler.Profile(indonesian);
        var b = Profiler.Profile(korean);

        a.Keys.Intersect(b.Keys).ShouldBe(["name:norland foods", "name:veltrix"], ignoreOrder: true);
        a.PlaceKeys.ShouldBe(["vn"]);
        b.PlaceKeys.ShouldBe(["vn"]);
    }

    [Fact]
    public void Profile_KeysAreDistinctAndSorted()
    {
        var article = ExtractedClaims.Article("a", "en", "Veltrix expands",
            "Veltrix opened a plant. Norland Foods supplies Veltrix.");

        var keys = Profiler.Profile(article).Keys;

        keys.ShouldBe(keys.Distinct().Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Profile_SentenceInitialCommonWord_IsNotAKey()
    {
        // "Pekerjaan" and "Warga" are capitalised only because they start sentences; the article never capitalises them elsewhere.
        var article = ExtractedClaims.Article("a", "id", null, "Pekerjaan dimulai pekan lalu. Warga menyambut baik rencana itu.");

        Profiler.Profile(article).Keys.ShouldBeEmpty();
    }
    [Fact]
    public void Profile_KoreanArticle_KeepsTheSoundKeysOfItsWords()
    {
        var article = ExtractedClaims.Article("a", "ko", "광화문 터널 착공", "서울시는 강남역 일대에 터널을 짓는다.");

        var profile = Profiler.Profile(article);

        profile.RomanizedWords.ShouldContain("gwanghwamun");
        profile.RomanizedWords.ShouldContain("gangnam");
        profile.RomanizedWords.ShouldBe(profile.RomanizedWords.Distinct().Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Profile_LatinScriptArticle_HasNoRomanizedWords()
    {
        var article = ExtractedClaims.Article("a", "en", "Gangnam tunnel", "Seoul will build a tunnel under Gangnam Station.");

        Profiler.Profile(article).RomanizedWords.ShouldBeEmpty();
    }
}
