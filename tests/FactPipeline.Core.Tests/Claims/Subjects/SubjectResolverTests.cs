using FactPipeline.Core.Claims.Subjects;
using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Quantities;

namespace FactPipeline.Core.Tests.Claims.Subjects;

public sealed class SubjectResolverTests
{
    private static readonly SubjectResolver Resolver = CoreData.Subjects;
    private static readonly QuantityRecognizer Recognizer = new();

    private static (IReadOnlyList<EntityMention> Entities, IReadOnlyList<Quantity> Quantities) Read(string sentence, string language)
    {
        var quantities = Recognizer.Recognize(sentence, language);
        var entities = Resolver.Find(sentence, language, quantities, CoreData.Lexicon.FindConcepts(sentence, language), new HashSet<string>());
        return (entities, quantities);
    }

    /// <summary>The subject of the figure whose text starts with <paramref name="figure"/>.</summary>
    private static EntityMention? SubjectOf(string sentence, string language, string figure)
    {
        var (entities, quantities) = Read(sentence, language);
        var q = quantities.Where(x => x.Text.StartsWith(figure, StringComparison.Ordinal)).ShouldHaveSingleItem();
        return SubjectResolver.PrimaryFor(sentence, q.Start, q.End, entities);
    }

    [Theory]
    [InlineData("Anggaran Korea Selatan naik tahun ini.", "id")]
    [InlineData("South Korea raised its budget this year.", "en")]
    [InlineData("한국 정부는 예산을 늘렸다.", "ko")]
    [InlineData("대한민국 정부는 예산을 늘렸다.", "ko")]
    public void Find_CountryInAnySpelling_GivesOneLexiconId(string sentence, string language)
    {
        var place = Read(sentence, language).Entities.Where(e => e.IsPlace).ShouldHaveSingleItem();

        place.Id.ShouldBe("kr");
    }

    [Theory]
    [InlineData("Ngân sách của Hàn Quốc tăng trong năm nay.", "vi")]
    [InlineData("韩国今年的预算增加了。", "zh")]
    public void Find_CountryInVietnameseOrChinese_GivesOneLexiconId(string sentence, string language)
    {
        Read(sentence, language).Entities.ShouldContain(e => e.Id == "kr" && e.IsPlace);
    }

    [Theory]
    [InlineData("Dịp lễ này, Orbis Group (gồm Orbis Air, Lotus Cargo và Kestrel) chở 2,3 triệu lượt khách.", "vi", "2,3", "name:orbis")]
    [InlineData("Over the holiday Orbis Group (including Orbis Air and Kestrel) carried 2.3 million passengers.", "en", "2.3", "name:orbis")]
    [InlineData("Selama libur, Orbis Group (termasuk Kestrel) mengangkut 2,3 juta penumpang.", "id", "2,3", "name:orbis")]
    public void PrimaryFor_MembersListedInBracketsAfterABody_AreNotTheSubject(string sentence, string language, string figure, string expected)
    {
        SubjectOf(sentence, language, figure).ShouldNotBeNull().Id.ShouldStartWith(expected);
    }

    [Fact]
    public void PrimaryFor_MembersInACommaClauseAfterTheirGroup_AreNotTheSubject()
    {
        SubjectOf("Over the holiday the group, which includes Orbis Air and Kestrel, operated 9,300 flights.", "en", "9,300").ShouldBeNull();
        SubjectOf("Over the holiday Orbis Air, including 300 extra flights, flew 9,300 flights.", "en", "9,300").ShouldNotBeNull().Id.ShouldBe("name:orbis air");
    }

    [Theory]
    [InlineData("Sân bay Phù Cát phục vụ 2,3 triệu lượt khách trong dịp lễ.", "vi", "2,3", "name:phu cat")]
    [InlineData("Over the holiday Lowmoor Airport handled 2.3 million passengers.", "en", "2.3", "name:lowmoor airport")]
    [InlineData("Bandara Lowmoor melayani 2,3 juta penumpang selama libur.", "id", "2,3", "name:lowmoor")]
    public void PrimaryFor_TrafficOfANamedAirport_IsTheAirportAsAFacility(string sentence, string language, string figure, string airport)
    {
        var subject = SubjectOf(sentence, language, figure).ShouldNotBeNull();

        subject.Id.ShouldBe(airport);
        subject.IsFacility.ShouldBeTrue();
    }

    [Fact]
    public void Find_NameAfterMenurut_IsMarkedAsSource()
    {
        var (entities, _) = Read("Menurut Sagara Wijaya, penjualan PT Arunika Tbk naik 12 persen.", "id");

        entities.ShouldContain(e => e.Id == "name:sagara wijaya" && e.IsSource);
        entities.ShouldContain(e => e.Id == "name:arunika" && !e.IsSource);
    }

    [Theory]
    [InlineData("Kepala Syahbandar Arka Mahesa di Mataram, Minggu, mengatakan kapal membawa 80 penumpang.", "id", "Arka Mahesa")]
    [InlineData("Syahbandar Arka Mahesa, Minggu, mengatakan kapal membawa 80 penumpang.", "id", "Arka Mahesa")]
    [InlineData("星河电力公司8日公布的数据显示，售电量增长12%。", "zh", "星河电力公司")]
    public void Find_SpeakerWithPlaceOrDayBeforeTheSayingWord_IsMarkedAsSource(string sentence, string language, string speaker)
    {
        var (entities, _) = Read(sentence, language);

        entities.Where(e => e.Name.Contains(speaker, StringComparison.Ordinal)).ShouldHaveSingleItem().IsSource.ShouldBeTrue();
    }

    [Fact]
    public void Find_NameFollowedByPlaceWithoutSayingWord_IsNoSource()
    {
        var (entities, _) = Read("Syahbandar Arka Mahesa di Mataram, Minggu, memeriksa 80 penumpang.", "id");

        entities.Where(e => e.Name.Contains("Arka Mahesa", StringComparison.Ordinal)).ShouldHaveSingleItem().IsSource.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Kapal yang membawa 80 penumpang tenggelam di perairan Selat Lindu.", "id", "Lindu", "80")]
    [InlineData("Tàu chở 80 người gặp nạn ở eo biển Lindu, chiều 20/3.", "vi", "Lindu", "80")]
    [InlineData("A ferry carrying 80 passengers sank off Rangka island on Friday.", "en", "Rangka", "80")]
    [InlineData("A fever outbreak in the Ombak Delta has killed 80 people.", "en", "Ombak", "80")]
    [InlineData("Wabah demam di Delta Ombak menewaskan 80 orang.", "id", "Ombak", "80")]
    [InlineData("Pelabuhan di Kabupaten Tanah Merah akan menampung 80 kapal.", "id", "Tanah Merah", "80")]
    [InlineData("Dự án xây 80 phòng học ở xã Pá Lừng.", "vi", "Pá Lừng", "80")]
    [InlineData("The project built 80 classrooms in Pa Lung commune.", "en", "Pa Lung", "80")]
    public void PrimaryFor_StraitOrIslandName_IsAnAsideNotTheSubject(string sentence, string language, string feature, string figure)
    {
        var (entities, _) = Read(sentence, language);

        entities.Where(e => e.Name.Contains(feature, StringComparison.Ordinal)).ShouldHaveSingleItem().IsCandidate.ShouldBeFalse();
        SubjectOf(sentence, language, figure).ShouldBeNull();
    }

    [Theory]
    [InlineData("The plan builds 40 clinics, with 25 in Sumatera Utara and 15 in Jawa Timur.", "en", "15", "id-ji")]
    [InlineData("Program ini membangun 40 klinik, 25 di Sumatera Utara dan 15 di Jawa Timur.", "id", "15", "id-ji")]
    public void PrimaryFor_PlaceAPrepositionTiesToTheFigure_IsItsPlace(string sentence, string language, string figure, string place)
    {
        SubjectOf(sentence, language, figure).ShouldNotBeNull().Id.ShouldBe(place);
    }

    [Theory]
    [InlineData("Thailand will see 300 stores close, while 120 branches will shut in Malaysia.", "en", "120", "my")]
    [InlineData("Thailand will see 300 stores close, while 120 branches will shut in Malaysia.", "en", "300", "th")]
    [InlineData("Thái Lan sẽ đóng 300 cửa hàng, trong khi 120 chi nhánh ở Malaysia.", "vi", "120", "my")]
    [InlineData("Thailand will close 300 stores, while 120 branches will shut across Malaysia.", "en", "120", "my")]
    [InlineData("Thailand akan menutup 300 toko, sementara 120 cabang tutup di seluruh Malaysia.", "id", "120", "my")]
    public void PrimaryFor_PlaceNearestTheFigureInItsClause_IsItsPlace(string sentence, string language, string figure, string place)
    {
        SubjectOf(sentence, language, figure).ShouldNotBeNull().Id.ShouldBe(place);
    }

    [Theory]
    [InlineData("The scooters are now sold in 9 markets, including Thailand and Malaysia.", "en", "th", "my")]
    [InlineData("Xe hiện bán tại 9 thị trường, trong đó Thái Lan và Malaysia tăng nhanh nhất.", "vi", "th", "my")]
    [InlineData("Skuter kini dijual di 9 pasar, termasuk Thailand dan Malaysia.", "id", "th", "my")]
    public void Find_PlacesListedAsMembersOfACount_AreAsides(string sentence, string language, string first, string second)
    {
        var (entities, _) = Read(sentence, language);

        entities.Where(e => e.Id == first).ShouldHaveSingleItem().IsCandidate.ShouldBeFalse();
        entities.Where(e => e.Id == second).ShouldHaveSingleItem().IsCandidate.ShouldBeFalse();
    }

    [Theory]
    [InlineData("The airline added 300 flights on the Thailand - Malaysia route.", "en", "th")]
    [InlineData("The airline added 300 flights on the Thailand - Malaysia route.", "en", "my")]
    [InlineData("항공사는 태국-말레이시아 노선에 300편을 증편했다.", "ko", "th")]
    [InlineData("Maskapai itu menambah 300 penerbangan dari Thailand ke Malaysia.", "id", "th")]
    [InlineData("Hãng tăng 300 chuyến bay từ Thái Lan đi Malaysia.", "vi", "th")]
    [InlineData("该航空公司增开从泰国飞往马来西亚的航班300班。", "zh", "th")]
    public void Find_PlaceThatEndsARoute_IsAnAside(string sentence, string language, string place)
    {
        var (entities, _) = Read(sentence, language);

        entities.Where(e => e.Id == place).ShouldHaveSingleItem().IsCandidate.ShouldBeFalse();
    }

    [Theory]
    [InlineData("The ferry carried 90 passengers from Thailand, a stop popular with divers, to Malaysia.", "en", "th")]
    [InlineData("该客船载有90人，从泰国驶往马来西亚。", "zh", "th")]
    [InlineData("태국에서 말레이시아로 향하던 여객선에 90명이 타고 있었다.", "ko", "th")]
    [InlineData("태국에서 말레이시아로 향하던 여객선에 90명이 타고 있었다.", "ko", "my")]
    [InlineData("A ferry bound for Malaysia sank with 90 passengers on board.", "en", "my")]
    [InlineData("Kapal dengan tujuan Malaysia itu membawa 90 penumpang.", "id", "my")]
    [InlineData("Chiếc tàu trên đường đến Malaysia chở 90 hành khách.", "vi", "my")]
    [InlineData("一艘开往马来西亚的客船载有90人。", "zh", "my")]
    public void Find_EndOfAVehiclesRoute_IsAnAside(string sentence, string language, string place)
    {
        var (entities, _) = Read(sentence, language);

        entities.Where(e => e.Id == place).ShouldHaveSingleItem().IsCandidate.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Maskapai itu menambah 300 penerbangan dari Thailand ke Malaysia.", "id")]
    [InlineData("The airline added 300 flights from Thailand, its home market, to Malaysia.", "en")]
    public void Find_DestinationAfterARoutesStart_StaysACandidate(string sentence, string language)
    {
        var (entities, _) = Read(sentence, language);

        entities.Where(e => e.Id == "my").ShouldHaveSingleItem().IsCandidate.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Kepala Dinas Kesehatan Jawa Timur Budi Santoso mengatakan 120 warga dirawat di rumah sakit.", "id", "id-ji")]
    [InlineData("Kepala Kantor SAR Surabaya Budi Santoso di Surabaya, Senin, mengatakan 120 warga dievakuasi.", "id", "id-ji.surabaya")]
    [InlineData("Head of the Surabaya disaster office Budi Santoso said 45 families were evacuated.", "en", "id-ji.surabaya")]
    [InlineData("Surabaya disaster chief Budi Santoso said 45 families were evacuated.", "en", "id-ji.surabaya")]
    [InlineData("Giám đốc Sở Y tế Đà Nẵng Lê Văn Minh cho biết 85 ca đã được ghi nhận.", "vi", "vn-dn")]
    [InlineData("부산시 관계자는 주택 40채가 침수됐다고 말했다.", "ko", "kr-26")]
    [InlineData("岘港市卫生局局长黎文明表示，已有85人入院。", "zh", "vn-dn")]
    [InlineData("Menurut Kepala Dinas Kesehatan Jawa Timur, 120 warga dirawat di rumah sakit.", "id", "id-ji")]
    public void Find_PlaceInASpeakersOffice_IsASource(string sentence, string language, string place)
    {
        var (entities, _) = Read(sentence, language);

        entities.Where(e => e.Id == place).ShouldAllBe(e => e.IsSource);
        entities.ShouldContain(e => e.Id == place);
    }

    [Theory]
    [InlineData("Direktur Jenderal Perhubungan Laut Andi Saputra mengatakan 30 kapal dikerahkan.", "id", "30 kapal")]
    [InlineData("Cục trưởng Cục Hàng hải Trần Văn Nam cho biết 30 tàu đã được huy động.", "vi", "30 tàu")]
    public void PrimaryFor_BodyInASpeakersOffice_IsNotTheSubject(string sentence, string language, string figure)
    {
        var subject = SubjectOf(sentence, language, figure);

        subject.ShouldBeNull();
    }

    [Fact]
    public void Find_PlaceInASpeakersOfficeWhoTellsItsOwnFigure_StaysACandidate()
    {
        var (entities, _) = Read("Kepala Kantor SAR Surabaya Budi Santoso mengatakan pihaknya mengerahkan 40 personel.", "id");

        entities.Where(e => e.Id == "id-ji.surabaya").ShouldHaveSingleItem().IsCandidate.ShouldBeTrue();
    }

    [Fact]
    public void Find_CompanyInItsOfficersTitle_StaysACandidate()
    {
        var (entities, _) = Read("VinFast chief executive Le Thu said sales reached 5,000 cars.", "en");

        entities.Where(e => e.Id == "vinfast").ShouldHaveSingleItem().IsCandidate.ShouldBeTrue();
    }

    [Fact]
    public void Find_PlaceOfTheFigureAfterTheSayingWord_StaysACandidate()
    {
        var (entities, _) = Read("Kepala Dinas Kesehatan Jawa Timur mengatakan 120 warga Surabaya dirawat.", "id");

        entities.Where(e => e.Id == "id-ji.surabaya").ShouldHaveSingleItem().IsCandidate.ShouldBeTrue();
    }

    [Fact]
    public void Find_PlaceWithoutARouteWordOrDash_StaysACandidate()
    {
        var (entities, _) = Read("Thailand added 300 flights to Malaysia.", "en");

        entities.Where(e => e.Id == "th").ShouldHaveSingleItem().IsCandidate.ShouldBeTrue();
    }

    [Fact]
    public void Find_MemberPlaceAFigureFollows_StaysACandidate()
    {
        var (entities, _) = Read("Tỉnh ghi nhận 900 ca, trong đó Thái Lan 120 ca.", "vi");

        entities.Where(e => e.Id == "th").ShouldHaveSingleItem().IsCandidate.ShouldBeTrue();
    }

    [Fact]
    public void Find_CapitalsInBracketsThatAreNotTheInitialsBefore_StayAName()
    {
        Read("Dinas mencatat 640 kasus baru bulan ini (ISP).", "id").Entities.ShouldContain(e => e.Name == "ISP");
    }

    [Theory]
    [InlineData("星河港口（01234.HK）宣布投资约8亿美元。", "zh")]
    [InlineData("Orbita Ports (01234.HK) will invest $800 million.", "en")]
    public void Find_ExchangeCodeAfterAStockNumber_IsNoName(string sentence, string language)
    {
        Read(sentence, language).Entities.ShouldNotContain(e => e.Name == "HK");
    }

    [Theory]
    [InlineData("Dinas mencatat 640 kasus infeksi saluran pernapasan (ISP) bulan ini.", "id", "ISP")]
    [InlineData("The clinic saw 640 cases of acute kidney injury (AKI) this month.", "en", "AKI")]
    public void Find_InitialsOfTheWordsBeforeInBrackets_AreNoName(string sentence, string language, string initials)
    {
        Read(sentence, language).Entities.ShouldNotContain(e => e.Name == initials);
    }

    [Theory]
    [InlineData("Payments firm Orbita Pay said on Tuesday it would cut 640 jobs.", "en")]
    [InlineData("Hãng Orbita Pay cho biết sẽ cắt giảm 640 nhân sự.", "vi")]
    [InlineData("Perusahaan Orbita Pay mengatakan akan memangkas 640 karyawan.", "id")]
    [InlineData("Payments firm Orbita Pay said late on Tuesday it would cut 640 jobs.", "en")]
    [InlineData("Payments firm Orbita Pay said early Monday it would cut 640 jobs.", "en")]
    public void PrimaryFor_SpeakerTellingWhatItWillDo_IsTheSubject(string sentence, string language)
    {
        var (entities, _) = Read(sentence, language);

        entities.Where(e => e.Id == "name:orbita pay").ShouldHaveSingleItem().IsSource.ShouldBeFalse();
        SubjectOf(sentence, language, "640").ShouldNotBeNull().Id.ShouldBe("name:orbita pay");
    }

    [Fact]
    public void Find_NameContainingAConceptWord_IsStillFound()
    {
        var (entities, _) = Read("Menurut Lembaga Kajian Sagara, penjualan PT Arunika Tbk naik 12 persen.", "id");

        entities.ShouldContain(e => e.Id == "name:kajian sagara" && e.IsSource);
    }

    [Fact]
    public void Find_NameBeforeSaid_IsMarkedAsSource()
    {
        var (entities, _) = Read("Last year exports by Norland Foods grew 8% in value, Petra Quist said.", "en");

        entities.ShouldContain(e => e.Id == "name:petra quist" && e.IsSource);
        entities.ShouldContain(e => e.Id == "name:norland foods" && !e.IsSource);
    }

    [Fact]
    public void Find_NameAfterFigureAndComma_IsNotAUnit()
    {
        Read("Last year exports by Norland Foods grew 8%, Petra Quist said.", "en").Entities.ShouldContain(e => e.Id == "name:petra quist");
    }

    [Fact]
    public void Find_UnitRightAfterFigure_IsNotAnEntity()
    {
        Read("Pembangkit itu berkapasitas 400 MW setelah diperluas.", "id").Entities.ShouldBeEmpty();
    }

    [Fact]
    public void PrimaryFor_SpeakerIsNeverTheSubject()
    {
        SubjectOf("Menurut Sagara Wijaya, penjualan PT Arunika Tbk naik 12 persen.", "id", "12")
            .ShouldNotBeNull().Id.ShouldBe("name:arunika");
    }

    [Fact]
    public void PrimaryFor_TwoSubjectsInOneSentence_EachFigureTakesTheNearestBefore()
    {
        const string sentence = "Penjualan PT Arunika naik 12 persen, sedangkan penjualan PT Bayangkara turun 3 persen.";

        SubjectOf(sentence, "id", "12").ShouldNotBeNull().Id.ShouldBe("name:arunika");
        SubjectOf(sentence, "id", "3").ShouldNotBeNull().Id.ShouldBe("name:bayangkara");
    }

    [Fact]
    public void PrimaryFor_CompanyAndPlace_PrefersTheCompany()
    {
        SubjectOf("Di Vietnam, Norland Foods menjual 3.000 ton kopi.", "id", "3.000").ShouldNotBeNull().Id.ShouldBe("name:norland foods");
    }

    [Fact]
    public void PrimaryFor_OnlyAPlace_ReturnsThePlace()
    {
        var subject = SubjectOf("Anggaran pendidikan Vietnam naik 5 persen.", "id", "5").ShouldNotBeNull();

        subject.Id.ShouldBe("vn");
        subject.IsPlace.ShouldBeTrue();
    }

    [Fact]
    public void PrimaryFor_SubjectAfterFigureOnly_IsFound()
    {
        SubjectOf("Sebanyak 4.000 pekerja direkrut Norland Foods.", "id", "4.000").ShouldNotBeNull().Id.ShouldBe("name:norland foods");
    }

    [Fact]
    public void PrimaryFor_NoEntity_IsNull()
    {
        SubjectOf("Harga cabai naik 20 persen pekan ini.", "id", "20").ShouldBeNull();
    }

    [Fact]
    public void PrimaryFor_KoreanCompany_IsTheSubject()
    {
        SubjectOf("한빛전자는 올해 직원 300명을 채용했다.", "ko", "300").ShouldNotBeNull().Id.ShouldBe("name:한빛전자");
    }

    [Fact]
    public void SentenceSubject_PrefersNonPlaceOverPlace()
    {
        var (entities, _) = Read("Di Vietnam, Norland Foods membuka pabrik baru.", "id");

        SubjectResolver.SentenceSubject(entities).ShouldNotBeNull().Id.ShouldBe("name:norland foods");
    }

    [Theory]
    [InlineData("Selama libur Lebaran, PT Kereta Nusantara mengangkut 2,4 juta penumpang.", "id", "2,4 juta")]
    [InlineData("During the Lunar New Year holiday the airline carried 640,000 passengers.", "en", "640,000")]
    public void PrimaryFor_HolidayInSentence_IsNeverTheSubject(string sentence, string language, string figure)
    {
        var subject = SubjectOf(sentence, language, figure);

        (subject?.Id ?? "").ShouldNotBeOneOf("eid-al-fitr", "lunar-new-year");
    }

    [Theory]
    [InlineData("Produsen baterai asal Thailand, Siam Cellworks, memecat 640 pekerja.", "id", "th")]
    [InlineData("Singapore-based Orbita Pay will cut 640 jobs.", "en", "sg")]
    [InlineData("Hãng pin đến từ Thái Lan Siam Cellworks cắt giảm 640 nhân sự.", "vi", "th")]
    [InlineData("브라질 출신 공격수 하파엘 코스타가 3골을 넣었다.", "ko", "br")]
    [InlineData("巴西籍前锋科斯塔打进3球。", "zh", "br")]
    [InlineData("Theo báo cáo tài chính công bố tối 5/3 (giờ Mỹ), hãng bàn giao 640 xe.", "vi", "us")]
    public void Find_PlaceAfterOrBeforeAnOriginOrClockWord_IsAnAsideNotACandidate(string sentence, string language, string place)
    {
        var (entities, _) = Read(sentence, language);

        var mention = entities.Where(e => e.Id == place).ShouldHaveSingleItem();
        mention.IsAside.ShouldBeTrue();
        mention.IsCandidate.ShouldBeFalse();
    }

    [Theory]
    [InlineData("On Monday Thai payments firm Orbita Pay will cut 640 jobs.", "en", "th")]
    [InlineData("On Monday Orbita Pay (Thailand) will cut 640 jobs.", "en", "th")]
    [InlineData("泰国数字支付科技集团Orbita Pay星期一宣布裁员640人。", "zh", "th")]
    [InlineData("태국의 전자결제 '슈퍼앱' 오르비타페이(Orbita Pay)가 640명을 감원한다.", "ko", "th")]
    public void Find_PlaceQualifyingTheNameNextToIt_IsNotACandidate(string sentence, string language, string place)
    {
        var (entities, _) = Read(sentence, language);

        entities.Where(e => e.Id == place).ShouldHaveSingleItem().IsCandidate.ShouldBeFalse();
        entities.ShouldContain(e => e.Id == "name:orbita pay" && e.IsCandidate);
    }

    [Theory]
    [InlineData("Orbita Motors sold 9,100 cars in the quarter, as sales in Thailand offset a weak home market.", "en", "th")]
    [InlineData("Orbita Motors menjual 9.100 mobil pada kuartal itu, karena permintaan di Thailand tetap kuat.", "id", "th")]
    [InlineData("Orbita Motors bán được 9.100 xe trong quý, nhờ nhu cầu tại Thái Lan tăng mạnh.", "vi", "th")]
    [InlineData("Orbita Motors本季度售出9100辆汽车，得益于泰国市场需求强劲。", "zh", "th")]
    [InlineData("Orbita Motors sells cars in 14 markets, its biggest outside Thailand being Malaysia.", "en", "th")]
    [InlineData("태국 이외 지역에서 Orbita Motors는 9,100대를 팔았다.", "ko", "th")]
    public void Find_PlaceOfAClosingReasonOrLeftOut_IsNotACandidate(string sentence, string language, string place)
    {
        var (entities, _) = Read(sentence, language);

        entities.Where(e => e.Id == place).ShouldHaveSingleItem().IsCandidate.ShouldBeFalse();
    }

    [Theory]
    [InlineData("The plant, built with China's Fujian Solara New Energy, will power 40,000 homes.", "en", "cn-fj", "name:fujian solara new")]
    [InlineData("Pembangkit itu dibangun oleh Jakarta Surya Energy dengan biaya 40 juta dolar.", "id", "id-jk", "name:jakarta surya")]
    public void Find_PlaceOpeningAnOrganisationsName_IsPartOfTheName(string sentence, string language, string place, string name)
    {
        var (entities, _) = Read(sentence, language);

        entities.ShouldNotContain(e => e.Id == place);
        entities.ShouldContain(e => e.Id == name && e.IsCandidate);
    }

    [Fact]
    public void Find_PlaceOfAReasonClauseWithAFigureOfItsOwn_StaysACandidate()
    {
        var (entities, _) = Read("Orbita Motors sold 9,100 cars, as sales in Thailand rose 12%.", "en");

        entities.Where(e => e.Id == "th").ShouldHaveSingleItem().IsCandidate.ShouldBeTrue();
    }

    [Theory]
    [InlineData("On Monday Orbita Pay said it would cut 640 jobs in Thailand.", "en", "th")]
    [InlineData("Thailand exported 640 tonnes of durian.", "en", "th")]
    [InlineData("Ekspor beras Thailand naik 12 persen.", "id", "th")]
    public void Find_PlaceTheFigureBelongsTo_StaysACandidate(string sentence, string language, string place)
    {
        var (entities, _) = Read(sentence, language);

        entities.Where(e => e.Id == place).ShouldHaveSingleItem().IsCandidate.ShouldBeTrue();
    }

    [Fact]
    public void PrimaryFor_OnlyAnOriginPlace_IsNotTheSubject()
    {
        SubjectOf("브라질 출신 공격수가 3골을 넣었다.", "ko", "3골").ShouldBeNull();
    }

    [Theory]
    [InlineData("JAKARTA (Reuters) - Orbita Pay will cut 640 jobs.", "en", "id-jk")]
    [InlineData("JAKARTA, March 6 (Reuters) - Orbita Pay will cut 640 jobs.", "en", "id-jk")]
    [InlineData("Mamuju - Gempa merusak 640 rumah di Sulawesi Barat.", "id", "id-sr.mamuju")]
    [InlineData("（曼谷综合讯）数字支付公司Orbita Pay宣布裁员640人。", "zh", "th-10")]
    public void Find_PlaceOfADateline_IsMarkedAsSource(string sentence, string language, string place)
    {
        Read(sentence, language).Entities.Where(e => e.Id == place).ShouldHaveSingleItem().IsSource.ShouldBeTrue();
    }

    [Fact]
    public void Find_NameBeforeBracketsEarlyInTheSentence_IsNoDateline()
    {
        var (entities, _) = Read("On Monday Orbita Pay (Thailand) will cut 640 jobs.", "en");

        entities.ShouldContain(e => e.Id == "name:orbita pay" && !e.IsSource);
    }

    [Fact]
    public void Find_KoreanBodyBeforeAccordingTo_IsMarkedAsSource()
    {
        var (entities, _) = Read("통계청에 따르면 지난달 수출은 640억 달러였다.", "ko");

        entities.ShouldContain(e => e.Id == "statistics-korea" && e.IsSource);
    }
}
