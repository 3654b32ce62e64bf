using System.Text.RegularExpressions;
using FactPipeline.Core.Model.Lexicon;
using Shouldly;

namespace FactPipeline.Core.Tests.Model;

/// <summary>The gazetteer of provinces, states and cities (subdivisions.json) as the lexicon loads it.</summary>
public sealed class SubdivisionsDataTests
{
    private static readonly ConceptLexicon Lexicon = CoreData.Lexicon;
    private static readonly string[] Languages = ["id", "en", "ko", "vi", "zh"];

    private static IEnumerable<EntityEntry> Subdivisions => Lexicon.Entities.Where(e => e.Type is "province" or "city");

    private static string[] Places(string text) =>
        Lexicon.FindEntities(text).Select(h => h.Id).Where(Lexicon.IsPlace).ToArray();

    [Fact]
    public void Subdivisions_EveryOne_HasANameInAllFiveLanguages()
    {
        Subdivisions.ShouldNotBeEmpty();
        Subdivisions
            .Where(e => Languages.Any(l => string.IsNullOrWhiteSpace(e.Names.GetValueOrDefault(l))))
            .Select(e => e.Id)
            .ShouldBeEmpty();
    }

    [Fact]
    public void Subdivisions_AreAllPlaces()
    {
        Subdivisions.Where(e => e.Kind != EntityType.Place || !Lexicon.IsPlace(e.Id)).Select(e => e.Id).ShouldBeEmpty();
    }

    [Fact]
    public void Provinces_IdIsALowerCaseIso3166Subdivision_OfAKnownCountry()
    {
        var wrong = Subdivisions
            .Where(e => e.Type == "province")
            .Where(e => !Regex.IsMatch(e.Id, "^[a-z]{2}-[a-z0-9]{1,3}$") || Lexicon.FindEntity(e.Id[..2])?.Type is not ("country" or "territory"))
            .Select(e => e.Id);

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void Cities_IdIsTheParentIdDotASlug_AndTheParentIsACountryOrSubdivision()
    {
        var wrong = Subdivisions
            .Where(e => e.Type == "city")
            .Where(e =>
            {
                var dot = e.Id.IndexOf('.');
                return dot < 0
                    || !Regex.IsMatch(e.Id[(dot + 1)..], "^[a-z0-9]+(-[a-z0-9]+)*$")
                    || Lexicon.FindEntity(e.Id[..dot])?.Type is not ("country" or "territory" or "province");
            })
            .Select(e => e.Id);

        wrong.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("id-", 38)]
    [InlineData("kr-", 16)] // 17 minus Seoul, whose name is an alias of kr
    [InlineData("vn-", 62)] // 63 minus Hà Nội, whose name is an alias of vn
    [InlineData("cn-", 30)] // 31 on the mainland minus Beijing, an alias of cn
    [InlineData("my-", 16)]
    [InlineData("ph-", 17)]
    [InlineData("th-", 11)]
    [InlineData("jp-", 47)]
    [InlineData("us-", 51)]
    public void Provinces_CoverEveryFirstLevelUnitOfTheCountry(string prefix, int expected)
    {
        Subdivisions.Count(e => e.Type == "province" && e.Id.StartsWith(prefix, StringComparison.Ordinal)).ShouldBe(expected);
    }

    [Fact]
    public void Cities_AtLeast150()
    {
        Subdivisions.Count(e => e.Type == "city").ShouldBeGreaterThanOrEqualTo(150);
    }

    [Fact]
    public void Places_NoNameOrAliasBelongsToTwoIds()
    {
        // Across places.json, places.aliases.json and subdivisions.json a name says one place. The one exception is a
        // name all but one place never match: CLDR's "Amerika" stays a display alias of the Americas, but means the US.
        var matched = Lexicon.EntityTerms.Select(t => (Name: ConceptLexicon.Fold(t.Term.Trim()), t.Id)).ToHashSet();
        var shared = Lexicon.Entities
            .Where(e => e.Kind == EntityType.Place)
            .SelectMany(e => e.Names.Values.Concat(e.Aliases).Select(n => (Name: ConceptLexicon.Fold(n.Trim()), e.Id)))
            .Distinct()
            .GroupBy(n => n.Name)
            .Where(g => g.Count() > 1 && g.Count(matched.Contains) != 1)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(n => n.Id))})")
            .ToList();

        shared.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Gempa bermagnitudo 5,8 mengguncang Sulawesi Barat pada Jumat dini hari.", "id-sr")]
    [InlineData("Pemprov Sulbar menyiapkan 40 tenda darurat.", "id-sr")]
    [InlineData("An earthquake struck West Sulawesi on Friday.", "id-sr")]
    [InlineData("서술라웨시주에서 규모 5.8의 지진이 발생했다.", "id-sr")]
    [InlineData("Một trận động đất xảy ra ở Tây Sulawesi.", "id-sr")]
    [InlineData("西苏拉威西省发生5.8级地震。", "id-sr")]
    [InlineData("Warga Mamuju mengungsi ke perbukitan.", "id-sr.mamuju")]
    [InlineData("울산시는 올해 예산을 12% 늘렸다.", "kr-31")]
    [InlineData("울산의 수출이 줄었다.", "kr-31")]
    [InlineData("울산광역시 인구는 110만 명이다.", "kr-31")]
    [InlineData("芹苴市今年出口增长8%。", "vn-ct")]
    [InlineData("Cần Thơ tăng thu ngân sách 10%.", "vn-ct")]
    [InlineData("Can Tho raised its budget by 10%.", "vn-ct")]
    [InlineData("껀터에 새 공장이 문을 열었다.", "vn-ct")]
    [InlineData("Giá nhà ở TP.HCM tăng 5%.", "vn-sg")]
    [InlineData("Jabar menambah 2.000 guru.", "id-jb")]
    [InlineData("广东省今年GDP增长4%。", "cn-gd")]
    [InlineData("深圳的出口增长了6%。", "cn-gd.shenzhen")]
    [InlineData("The Texas grid lost 2 gigawatts.", "us-tx")]
    [InlineData("London house prices fell 2%.", "gb.london")]
    public void FindEntities_SubdivisionOrCityInAnyLanguage_FindsIt(string text, string expected)
    {
        Places(text).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("고양이 두 마리가 구조됐다.")] // 고양 (Goyang) + 이: a cat
    [InlineData("경기 침체가 길어지고 있다.")] // 경기: the economy, not Gyeonggi
    [InlineData("그 후에 가격이 올랐다.")] // 후에: after, not Huế
    [InlineData("Hòa bình là mong muốn chung.")] // peace, not the province
    [InlineData("Các nước ven Thái Bình Dương hợp tác.")] // the Pacific, not Thái Bình or Bình Dương
    [InlineData("Wali Kota Bima Arya meresmikan jalan.")] // a person named Bima
    [InlineData("游客在天安门广场拍照。")] // 天安门, not Cheonan
    [InlineData("消费者在平台中下单。")] // 平台中, not Taichung
    public void FindEntities_NameThatIsAlsoAWordOrPersonName_IsNotThePlace(string text)
    {
        Places(text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Tỉnh Hòa Bình có 800 nghìn dân.", "vn-14")]
    [InlineData("광주의 인구가 줄었다.", "kr-29")]
    [InlineData("경기도의 인구가 늘었다.", "kr-41")]
    [InlineData("河南省的粮食产量增长。", "cn-ha")]
    [InlineData("Tỉnh Hà Nam có 800 nghìn dân.", "vn-63")]
    [InlineData("Georgia and Armenia signed.", "ge")]
    [InlineData("조지아주 선거에서 500만 표가 나왔다.", "us-ga")]
    [InlineData("New York's subway carries 3 million riders.", "us-ny.new-york-city")]
    public void FindEntities_AmbiguousName_ReadsTheChosenPlace(string text, string expected)
    {
        Places(text).ShouldContain(expected);
    }
}
