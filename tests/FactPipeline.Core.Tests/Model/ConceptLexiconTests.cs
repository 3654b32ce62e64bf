using FactPipeline.Core.Model.Lexicon;
using Shouldly;

namespace FactPipeline.Core.Tests.Model;

public sealed class ConceptLexiconTests
{
    private static readonly ConceptLexicon Lexicon = CoreData.Lexicon;

    private static string[] Entities(string text) => Lexicon.FindEntities(text).Select(h => h.Id).ToArray();

    private static string[] Concepts(string text, string language) => Lexicon.FindConcepts(text, language).Select(h => h.Id).ToArray();

    [Theory]
    [InlineData("Pemerintah menaikkan anggaran AI.", "id", "budget")]
    [InlineData("The AI budget will triple.", "en", "budget")]
    [InlineData("정부는 AI 예산을 늘린다.", "ko", "budget")]
    [InlineData("Ngân sách cho AI tăng.", "vi", "budget")]
    [InlineData("人工智能预算增加。", "zh", "budget")]
    [InlineData("Anggarannya naik.", "id", "budget")]
    public void FindConcepts_BudgetInEachLanguage_FindsBudget(string text, string language, string expected)
    {
        Concepts(text, language).ShouldContain(expected);
    }

    [Theory]
    [InlineData("Tingkat pengangguran terbuka turun menjadi 4,8 persen.", "id", "unemployment-rate")]
    [InlineData("Banjir menewaskan 12 orang dan 40 rumah rusak berat.", "id", "houses-damaged")]
    [InlineData("The party won 120 seats with a turnout of 71 percent.", "en", "turnout")]
    [InlineData("The new model has 300 horsepower and a top speed of 250 km/h.", "en", "top-speed")]
    [InlineData("올해 경제성장률은 2.1%로 전망된다.", "ko", "gdp-growth")]
    [InlineData("병상 가동률이 80%를 넘었다.", "ko", "bed-occupancy")]
    [InlineData("Kim ngạch xuất khẩu đạt 40 tỷ USD.", "vi", "exports")]
    [InlineData("Tỷ lệ thất nghiệp ở mức 2,2%.", "vi", "unemployment-rate")]
    [InlineData("今年新能源汽车销量增长。", "zh", "electric-vehicles")]
    [InlineData("贸易逆差扩大至50亿美元。", "zh", "trade-deficit")]
    public void FindConcepts_NewsroomMeasure_FindsIt(string text, string language, string expected)
    {
        Concepts(text, language).ShouldContain(expected);
    }

    [Fact]
    public void FindConcepts_LongerTermWins_OverItsPart()
    {
        var hits = Lexicon.FindConcepts("lebih dari 260.000 unit pemroses grafis (GPU)", "id");

        hits.Select(h => h.Id).ShouldAllBe(id => id == "gpus");
    }

    [Fact]
    public void FindConcepts_LongerMeasure_WinsOverTheGeneralOne()
    {
        Concepts("Pertumbuhan ekonomi mencapai 5 persen.", "id").ShouldBe(["gdp-growth"]);
        Concepts("The trade deficit narrowed.", "en").ShouldBe(["trade-deficit"]);
    }

    [Fact]
    public void FindConcepts_TermInsideAnotherWord_IsNotMatched()
    {
        Lexicon.FindConcepts("Timnas bermain.", "id").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Ô nhiễm môi trường ở thành phố tăng.", "schools")]
    [InlineData("Hai ca sĩ hát trên ca nô.", "cases")]
    public void FindConcepts_WordThatHoldsAShortTerm_IsNotThatMeasure(string text, string measure)
    {
        // "trường" is a school and "ca" a case, but "môi trường" is the environment and "ca sĩ" a singer.
        Concepts(text, "vi").ShouldNotContain(measure);
    }

    [Fact]
    public void FindConcepts_ShortTermAlone_IsItsMeasure()
    {
        Concepts("Họ xây 18 trường và ghi nhận 40 ca.", "vi").ShouldBe(["schools", "cases"]);
    }

    [Fact]
    public void FindConcepts_GenericValueWord_TagsNothing()
    {
        // "nilai" alone is "value", "grade", "to assess": it must not make every figure a deal value.
        Concepts("Nilai rapor siswa dinilai guru.", "id").ShouldNotContain("value");
        Concepts("투자 규모는 크다.", "ko").ShouldNotContain("value");
    }

    [Fact]
    public void FindConcepts_LatinTermGluedToChineseText_IsFound()
    {
        Concepts("公司采购GPU约一万块。", "zh").ShouldContain("gpus");
    }

    [Fact]
    public void FindConcepts_VietnameseToneOnEitherVowel_MatchesTheSameTerm()
    {
        Concepts("vốn hóa thị trường", "vi").ShouldBe(["market-cap"]);
        Concepts("vốn hoá thị trường", "vi").ShouldBe(["market-cap"]);
    }

    [Fact]
    public void FindEntities_ShortNameInLowerCase_IsNotAnEntity()
    {
        Lexicon.FindEntities("as far as we know, us too").ShouldBeEmpty();
        Entities("dolar AS").ShouldBe(["us"]);
    }

    [Theory]
    [InlineData("Pemerintah Korea Selatan menaikkan anggaran.", "kr")]
    [InlineData("Korea menaikkan anggaran.", "kr")]
    [InlineData("Korsel menaikkan anggaran.", "kr")]
    [InlineData("South Korea raised its budget.", "kr")]
    [InlineData("한국 정부는 예산을 늘렸다.", "kr")]
    [InlineData("대한민국 정부는 예산을 늘렸다.", "kr")]
    [InlineData("남한의 예산이 늘었다.", "kr")]
    [InlineData("Hàn Quốc tăng ngân sách.", "kr")]
    [InlineData("韩国增加预算。", "kr")]
    [InlineData("南韩增加预算。", "kr")]
    [InlineData("Ekspor ke AS naik.", "us")]
    [InlineData("Ekspor ke Amerika Serikat naik.", "us")]
    [InlineData("Exports to the US rose.", "us")]
    [InlineData("Exports to the U.S. rose.", "us")]
    [InlineData("Exports to the USA rose.", "us")]
    [InlineData("Xuất khẩu sang Mỹ tăng.", "us")]
    [InlineData("对美国出口增长。", "us")]
    [InlineData("미국 수출이 늘었다.", "us")]
    [InlineData("Investasi Tiongkok naik.", "cn")]
    [InlineData("Investasi China naik.", "cn")]
    [InlineData("中国投资增长。", "cn")]
    [InlineData("Đầu tư của Trung Quốc tăng.", "cn")]
    [InlineData("중국의 투자가 늘었다.", "cn")]
    [InlineData("Britain cut its budget.", "gb")]
    [InlineData("The UK cut its budget.", "gb")]
    [InlineData("Inggris memangkas anggaran.", "gb")]
    public void FindEntities_CountryInAnySpelling_MapsToOneId(string text, string expected)
    {
        Entities(text).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("인도네시아 정부는 예산을 늘렸다.", "id")]
    [InlineData("인도의 예산이 늘었다.", "in")]
    [InlineData("Korea Utara menembakkan rudal.", "kp")]
    [InlineData("North Korea fired a missile.", "kp")]
    [InlineData("Nigeria menambah anggaran.", "ng")]
    [InlineData("Niger menambah anggaran.", "ne")]
    [InlineData("Pemerintah Papua Nugini menambah anggaran.", "pg")]
    [InlineData("Afrika Selatan menambah anggaran.", "za")]
    [InlineData("Asia Tenggara tumbuh 4,5 persen.", "southeast-asia")]
    [InlineData("Uni Eropa menambah anggaran.", "eu")]
    [InlineData("Perdagangan ASEAN tumbuh.", "asean")]
    [InlineData("中东局势紧张。", "middle-east")]
    public void FindEntities_NameInsideALongerName_TakesTheLongerOne(string text, string expected)
    {
        Entities(text).ShouldBe([expected]);
    }

    [Fact]
    public void FindEntities_ChineseCharacterOfANameAlone_IsNotThePlace()
    {
        Entities("美元汇率上涨。").ShouldBeEmpty();
        Entities("美国和美洲").ShouldBe(["us", "americas"]);
    }

    [Theory]
    [InlineData("Hyundai Motor menjual 100 ribu mobil.")]
    [InlineData("Hyundai menjual 100 ribu mobil.")]
    [InlineData("현대자동차는 차량 10만 대를 팔았다.")]
    [InlineData("현대차는 차량 10만 대를 팔았다.")]
    [InlineData("现代汽车销量增长。")]
    [InlineData("Hyundai Motor bán được 100 nghìn xe.")]
    public void FindEntities_CompanyInAnyLanguage_MapsToOneId(string text)
    {
        Entities(text).ShouldBe(["hyundai-motor"]);
    }

    [Theory]
    [InlineData("越航今年第一季度运送旅客增长。", "vietnam-airlines")]
    [InlineData("越南国家航空公司宣布新增航线。", "vietnam-airlines")]
    [InlineData("东航上月执行航班增加。", "china-eastern-airlines")]
    [InlineData("南航计划引进新飞机。", "china-southern-airlines")]
    [InlineData("印尼国电将新建发电厂。", "pln")]
    [InlineData("招商局港口公布集装箱吞吐量。", "china-merchants-port")]
    [InlineData("中国石油化工集团扩大炼油产能。", "sinopec")]
    [InlineData("한수원은 원전 수출 계약을 맺었다.", "khnp")]
    [InlineData("합참은 미사일 발사를 확인했다.", "jcs-korea")]
    [InlineData("중대본은 이재민 수를 발표했다.", "cdsch-korea")]
    [InlineData("한국항공우주연구원은 발사 일정을 밝혔다.", "kari")]
    [InlineData("한국항공우주산업은 전투기 수출 계약을 맺었다.", "korea-aerospace")]
    [InlineData("Korea Electric Power Corp raised its tariffs.", "kepco")]
    [InlineData("Trung tâm Dự báo Khí tượng Thủy văn Quốc gia cảnh báo mưa lớn.", "nchmf-vietnam")]
    [InlineData("Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam tăng sản lượng.", "vinacomin")]
    [InlineData("Badan SAR Nasional mengerahkan tim penyelamat.", "basarnas")]
    public void FindEntities_ShortOrFullNameNewsUses_MapsToTheBody(string text, string expected)
    {
        Entities(text).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("我国航天事业取得新进展。")]
    [InlineData("船只在近海航行。")]
    [InlineData("每日航班数量增加。")]
    public void FindEntities_ShortAirlineNameInsideOtherWords_IsNotTheAirline(string text)
    {
        Entities(text).ShouldBeEmpty();
    }

    [Fact]
    public void FindEntities_OtherCountrysWeatherAgency_IsNotKoreas()
    {
        Entities("기상청은 폭염 특보를 내렸다.").ShouldBe(["kma"]);
        Entities("일본 기상청은 쓰나미 주의보를 내렸다.").ShouldBe(["jma"]);
    }

    [Fact]
    public void FindEntities_CompanyNameThatIsACommonWord_NeedsItsOwnSpelling()
    {
        Entities("Grab menaikkan tarif.").ShouldBe(["grab"]);
        Entities("Investors grab the shares.").ShouldBeEmpty();
        Entities("Apple sold more phones.").ShouldBe(["apple"]);
        Entities("an apple a day").ShouldBeEmpty();
        Entities("현대 미술의 가치").ShouldBeEmpty();
        Entities("现代化建设").ShouldBeEmpty();
    }

    [Fact]
    public void FindEntities_GivenNameThatIsACountry_IsNotThePlaceInsideAPersonName()
    {
        Entities("Ông Nguyễn Văn Đức phát biểu.").ShouldBeEmpty();
        Entities("Thủ tướng Đức phát biểu.").ShouldBe(["de"]);
        Entities("Tại Đức, giá điện tăng.").ShouldBe(["de"]);
        // A capital at the start of a sentence is no evidence of a longer name, so the name must stand inside it.
        Entities("Basketball star Michael Jordan scored.").ShouldBeEmpty();
        Entities("Jordan and Israel signed.").ShouldBe(["jo", "il"]);
    }

    [Fact]
    public void FindEntities_ShortKoreanNameInsideAnotherWord_IsNotThePlace()
    {
        Entities("고객들은 대만족했다.").ShouldBeEmpty();
        Entities("인도적 지원을 늘렸다.").ShouldBeEmpty();
        Entities("대만의 반도체 수출").ShouldBe(["tw"]);
    }

    [Fact]
    public void FindEntities_CurrencyPrefix_IsNotThePlace()
    {
        Entities("Nilainya US$5 miliar.").ShouldBeEmpty();
        Entities("Worth HK$5 billion.").ShouldBeEmpty();
    }

    [Fact]
    public void FindEntities_PhraseThatContainsAName_IsNotThePlace()
    {
        Entities("Mỹ phẩm nhập khẩu tăng.").ShouldBeEmpty();
        Entities("Ý kiến của chuyên gia.").ShouldBeEmpty();
    }

    [Fact]
    public void FindEntities_GenericMinistry_OnlyWhenAsked()
    {
        const string text = "Kementerian Keuangan menaikkan anggaran.";

        Lexicon.FindEntities(text).ShouldBeEmpty();
        Lexicon.FindEntities(text, includeGeneric: true).Select(h => h.Id).ShouldBe(["ministry-of-finance"]);
    }

    [Theory]
    [InlineData("kr", EntityType.Place)]
    [InlineData("asean", EntityType.Place)]
    [InlineData("samsung-electronics", EntityType.Organisation)]
    [InlineData("bank-indonesia", EntityType.Organisation)]
    [InlineData("chatgpt", EntityType.Product)]
    [InlineData("olympics", EntityType.Event)]
    [InlineData("no-such-entity", EntityType.Other)]
    public void KindOf_KnownAndUnknownIds_ReturnsTheirKind(string id, EntityType expected)
    {
        Lexicon.KindOf(id).ShouldBe(expected);
    }

    [Fact]
    public void IsPlace_PlacesAndOthers_TellsThemApart()
    {
        Lexicon.IsPlace("vn").ShouldBeTrue();
        Lexicon.IsPlace("eu").ShouldBeTrue();
        Lexicon.IsPlace("nvidia").ShouldBeFalse();
        Lexicon.PlaceIds.ShouldContain("vn");
        Lexicon.PlaceIds.ShouldNotContain("nvidia");
    }

    [Theory]
    [InlineData("id", "id", true)]
    [InlineData("id", "id-sr", true)]
    [InlineData("id-sr", "id", true)]
    [InlineData("id", "id-sr.mamuju", true)]
    [InlineData("id-sr.mamuju", "id-sr", true)]
    [InlineData("gb", "gb.london", true)]
    [InlineData("id-sr", "id-sn", false)]
    [InlineData("id-sr.mamuju", "id-sn", false)]
    [InlineData("us-ny", "us-nj", false)]
    [InlineData("id", "idaho", false)]
    [InlineData("us", "us-", false)]
    [InlineData("kr", "kp", false)]
    public void PlacesOverlap_SameOrContainingId_Overlaps(string a, string b, bool expected)
    {
        ConceptLexicon.PlacesOverlap(a, b).ShouldBe(expected);
    }

    [Fact]
    public void PlacesOverlap_PlacesOutsideTheGazetteer_NeverContainOneAnother()
    {
        // Region ids are kebab-case too ("middle-east"): none may read as inside a country or another region.
        var others = Lexicon.Entities.Where(e => e.Kind == EntityType.Place && e.Type is not ("province" or "city")).Select(e => e.Id).ToArray();

        others.SelectMany(a => others.Where(b => a != b && ConceptLexicon.PlacesOverlap(a, b)).Select(b => $"{a} ~ {b}")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("id-sr", EntityType.Place)]
    [InlineData("kr-41.suwon", EntityType.Place)]
    [InlineData("gb.london", EntityType.Place)]
    public void KindOf_ProvinceAndCity_IsAPlace(string id, EntityType expected)
    {
        Lexicon.KindOf(id).ShouldBe(expected);
    }

    [Theory]
    [InlineData("kr", "en", "South Korea")]
    [InlineData("kr", "ko", "한국")]
    [InlineData("kr", "id", "Korea Selatan")]
    [InlineData("us", "vi", "Mỹ")]
    [InlineData("cn", "zh", "中国")]
    [InlineData("hyundai-motor", "ko", "현대자동차")]
    [InlineData("kr", "de", "South Korea")]
    public void NameOf_EntityAndLanguage_ReturnsDisplayName(string id, string language, string expected)
    {
        Lexicon.NameOf(id, language).ShouldBe(expected);
    }

    [Fact]
    public void NameOf_UnknownId_ReturnsNull()
    {
        Lexicon.NameOf("no-such-entity", "en").ShouldBeNull();
    }

    [Fact]
    public void Find_KnownConcept_HasEnglishAndKoreanNamesAndDomain()
    {
        var budget = Lexicon.Find("budget").ShouldNotBeNull();
        budget.En.ShouldBe("budget");
        budget.Ko.ShouldBe("예산");
        budget.Domain.ShouldBe("budget");
    }

    [Fact]
    public void FindEntities_AfricanAmericans_IsAnAmericanGroupNotAfrica()
    {
        Entities("A third of the county's residents are African Americans.").ShouldBe(["us"]);
        Entities("Several African leaders met in Addis Ababa.").ShouldContain("africa");
    }

    [Theory]
    [InlineData("표", "votes")]
    [InlineData("척", "ships")]
    [InlineData("球", "goals")]
    public void MeasureCountedBy_CounterOnlyOneMeasureUses_NamesIt(string counter, string expected)
    {
        Lexicon.MeasureCountedBy(counter).ShouldBe(expected);
    }

    [Theory]
    [InlineData("명")]
    [InlineData("대")]
    [InlineData("个")]
    public void MeasureCountedBy_CounterSharedOrGeneral_NamesNone(string counter)
    {
        Lexicon.MeasureCountedBy(counter).ShouldBeNull();
    }

    [Fact]
    public void ShareMeasureOf_Votes_IsVoteShare_AndOtherCountsHaveNone()
    {
        Lexicon.ShareMeasureOf("votes").ShouldBe("vote-share");
        Lexicon.ShareMeasureOf("deaths").ShouldBeNull();
    }
}
