using FactPipeline.Core.Claims.Subjects;

namespace FactPipeline.Core.Tests.Claims.Subjects;

public sealed class HanjaReaderTests
{
    [Theory]
    [InlineData("汝矣岛", "여의도")] // Simplified 岛
    [InlineData("汝矣島", "여의도")] // Traditional 島
    [InlineData("东大门", "동대문")]
    [InlineData("明洞", "명동")]
    public void Read_KoreanPlaceInChineseCharacters_GivesItsSinoKoreanReading(string han, string hangul)
    {
        HanjaReader.Read(han).ShouldBe(hangul);
    }

    [Theory]
    [InlineData("良才", "양재")] // 량 → 양 at the start of a word
    [InlineData("老人", "노인")] // 로 → 노
    [InlineData("女子", "여자")] // 녀 → 여
    [InlineData("新罗", "신라")] // inside a word 라 keeps its ㄹ
    public void Read_FirstSyllable_FollowsTheInitialSoundLaw(string han, string hangul)
    {
        HanjaReader.Read(han).ShouldBe(hangul);
    }

    [Fact]
    public void Read_RunWithACharacterThatIsNoChineseCharacter_ReturnsNull()
    {
        HanjaReader.Read("明洞A").ShouldBeNull();
    }

    [Fact]
    public void Read_ChineseReadingRomanized_MeetsTheLatinSpelling()
    {
        HangulRomanizer.SoundKey(HangulRomanizer.Romanize(HanjaReader.Read("汝矣岛")!)).ShouldBe(HangulRomanizer.SoundKey("Yeouido"));
    }
}
