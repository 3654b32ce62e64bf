using FactPipeline.Core.Claims.Subjects;

namespace FactPipeline.Core.Tests.Claims.Subjects;

public sealed class HangulRomanizerTests
{
    [Theory]
    [InlineData("강남", "gangnam")]
    [InlineData("광화문", "gwanghwamun")]
    [InlineData("부산", "busan")]
    [InlineData("도림천", "dorimcheon")]
    [InlineData("여의도", "yeouido")]
    [InlineData("인천", "incheon")]
    public void Romanize_PlaceWithoutSoundChange_IsItsOfficialSpelling(string hangul, string latin)
    {
        HangulRomanizer.Romanize(hangul).ShouldBe(latin);
    }

    [Theory]
    [InlineData("한양", "hanyang")] // a final before a vowel is carried over
    [InlineData("종로", "jongno")] // ㄹ after ng is n
    [InlineData("독립문", "dongnimmun")] // nasalisation on both boundaries
    [InlineData("신라", "silla")] // n before l is l
    [InlineData("울릉", "ulleung")] // l before l stays l
    [InlineData("울산", "ulsan")]
    [InlineData("백마", "baengma")]
    public void Romanize_SyllableBoundary_FollowsTheSoundChange(string hangul, string latin)
    {
        HangulRomanizer.Romanize(hangul).ShouldBe(latin);
    }

    [Fact]
    public void Romanize_MixedText_KeepsCharactersThatAreNoSyllables()
    {
        HangulRomanizer.Romanize("K리그1").ShouldBe("Krigeu1");
    }

    [Theory]
    [InlineData("쿠알라탄중", "Kuala Tanjung")] // the double l of 알라 is written once
    [InlineData("페르시브", "Persib")] // the eu Korean puts between foreign consonants is left out
    [InlineData("카랑카테스", "Karangkates")]
    [InlineData("강남", "Gangnam")]
    public void SoundKey_KoreanSpellingOfALatinName_EqualsTheLatinNamesKey(string hangul, string latin)
    {
        HangulRomanizer.SoundKey(HangulRomanizer.Romanize(hangul)).ShouldBe(HangulRomanizer.SoundKey(latin));
    }

    [Fact]
    public void SoundKey_DifferentNames_Differ()
    {
        HangulRomanizer.SoundKey(HangulRomanizer.Romanize("강남")).ShouldNotBe(HangulRomanizer.SoundKey("Gangwon"));
        HangulRomanizer.SoundKey("Seoul").ShouldBe("seoul");
    }
}
