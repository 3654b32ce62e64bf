using FactPipeline.Core.Claims.Scopes;
using FactPipeline.Core.Model;
using FactPipeline.Core.Quantities;

namespace FactPipeline.Core.Tests.Claims.Scopes;

public sealed class ScopeReaderTests
{
    private static readonly ScopeReader Reader = ScopeReader.Load();
    private static readonly QuantityRecognizer Recognizer = new();

    /// <summary>The scope of the figure whose text starts with <paramref name="figure"/>.</summary>
    private static ClaimScope ScopeOf(string sentence, string language, string figure)
    {
        var q = Recognizer.Recognize(sentence, language).Where(x => x.Text.StartsWith(figure, StringComparison.Ordinal)).ShouldHaveSingleItem();
        return Reader.Read(sentence, q);
    }

    [Theory]
    [InlineData("id", "Pemerintah kota memberikan tambahan anggaran 2 miliar rupiah untuk jalan.", "2 miliar")]
    [InlineData("en", "The council approved an extra $3 million for roads.", "$3 million")]
    [InlineData("ko", "시는 도로 예산 30억 원을 추가 배정했다.", "30억")]
    [InlineData("vi", "Thành phố chi thêm 30 tỷ đồng cho đường sá.", "30 tỷ")]
    [InlineData("zh", "该市新增投资30亿元用于道路。", "30亿")]
    public void Read_AdditionalCue_IsAdditional(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).Basis.ShouldBe(ScopeBasis.Additional);
    }

    [Theory]
    [InlineData("The mill expects to save about $40 million a year once the new line runs.", "$40 million", ScopeRate.PerYear)]
    [InlineData("The plant will cut emissions by 85,000 tonnes of CO2 a year.", "85,000", ScopeRate.PerYear)]
    [InlineData("Patients there take the tablet 2 times a day.", "2 times", ScopeRate.PerDay)]
    [InlineData("The ferry line carries 12,000 passengers a month in the dry season.", "12,000", ScopeRate.PerMonth)]
    public void Read_EnglishRateWithArticle_IsThatRate(string sentence, string figure, ScopeRate rate)
    {
        ScopeOf(sentence, "en", figure).Rate.ShouldBe(rate);
    }

    [Theory]
    [InlineData("Sales reached $40 million a year ago, the company said.", "$40 million")]
    [InlineData("Exports rose 7% from a year earlier.", "7%")]
    [InlineData("The town hopes to house 3,000 families in a year.", "3,000")]
    [InlineData("The line has run 12,000 trips for more than a year.", "12,000")]
    public void Read_YearAsTimeOrDurationAfterFigure_IsNoRate(string sentence, string figure)
    {
        ScopeOf(sentence, "en", figure).Rate.ShouldBe(ScopeRate.None);
    }

    [Fact]
    public void Read_IndonesianLagiAfterTheCount_IsAdditional()
    {
        ScopeOf("Tim SAR menemukan empat jenazah lagi pada hari ketiga pencarian.", "id", "empat").Basis.ShouldBe(ScopeBasis.Additional);
    }

    [Theory]
    [InlineData("id", "Jumlah korban meninggal bertambah 4 orang pada Sabtu.", "4 orang", ScopeBasis.Change)]
    [InlineData("id", "Jumlah korban meninggal bertambah menjadi 12 orang pada Sabtu.", "12 orang", ScopeBasis.Unspecified)]
    [InlineData("ko", "사망자는 4명 증가했다.", "4명", ScopeBasis.Change)]
    [InlineData("ko", "사망자는 12명으로 증가했다.", "12명", ScopeBasis.Unspecified)]
    public void Read_ChangeWordWithOrWithoutTo_IsChangeOnlyWithout(string language, string sentence, string figure, ScopeBasis basis)
    {
        ScopeOf(sentence, language, figure).Basis.ShouldBe(basis);
    }

    [Theory]
    [InlineData("id", "Pemerintah provinsi akan membangun 60 jembatan desa hingga 2028.", "60")]
    [InlineData("id", "Dinas pariwisata menargetkan 2 juta wisatawan tahun depan.", "2 juta")]
    [InlineData("en", "The agency will build 60 village bridges by 2028.", "60")]
    [InlineData("en", "Under the scheme, 60 clinics are to be built in the north.", "60")]
    [InlineData("ko", "도는 2028년까지 다리 60곳을 짓는 것으로 계획을 세웠다.", "60")]
    [InlineData("ko", "시는 내년에 보건소 12곳을 새로 열 예정이다.", "12")]
    [InlineData("vi", "Tỉnh dự kiến xây 60 cây cầu dân sinh đến năm 2028.", "60")]
    [InlineData("vi", "Chương trình xây dựng 60 trạm y tế ở vùng cao.", "60")]
    [InlineData("zh", "该省计划建设60座乡村桥梁。", "60")]
    [InlineData("zh", "项目拟新建12所卫生站。", "12")]
    public void Read_PlanCueInTheFiguresClause_IsPlanned(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).Status.ShouldBe(ScopeStatus.Planned);
    }

    [Theory]
    [InlineData("id", "Sejauh ini sudah rampung 24 jembatan desa.", "24")]
    [InlineData("id", "Sebanyak 24 jembatan telah selesai dibangun.", "24")]
    [InlineData("en", "So far 24 bridges have been completed in the north.", "24")]
    [InlineData("en", "Some 24 village bridges were completed in the dry season.", "24")]
    [InlineData("ko", "도내 다리 가운데 24곳이 완공됐다.", "24")]
    [InlineData("ko", "시가 준공한 보건소는 7곳이다.", "7")]
    [InlineData("vi", "Đến nay tỉnh đã hoàn thành 24 cây cầu dân sinh.", "24")]
    [InlineData("vi", "Huyện đã bàn giao 7 trạm y tế cho xã.", "7")]
    [InlineData("zh", "该省已建成24座乡村桥梁。", "24")]
    [InlineData("zh", "目前已竣工7所卫生站。", "7")]
    public void Read_CompletionCueInTheFiguresClause_IsAchieved(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).Status.ShouldBe(ScopeStatus.Achieved);
    }

    [Theory]
    [InlineData("id", "Sisanya, 16 jembatan akan rampung tahun depan.", "16")]
    [InlineData("en", "Another 16 bridges will be completed next year.", "16")]
    [InlineData("vi", "Tỉnh sẽ hoàn thành 16 cây cầu trong năm tới.", "16")]
    [InlineData("zh", "明年将建成16座桥梁。", "16")]
    public void Read_PlanWordGoverningCompletionWord_IsPlanned(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).Status.ShouldBe(ScopeStatus.Planned);
    }

    [Theory]
    [InlineData("en", "The city will spend $65 million on the new bridges.", "$65 million")]
    [InlineData("zh", "该市将近60座桥梁需要维修。", "60")]
    [InlineData("zh", "央行将基准利率下调25个基点。", "25")]
    [InlineData("en", "She finished the season with 24 goals.", "24")]
    [InlineData("en", "The bridges serve 9,000 villagers once completed.", "9,000")]
    [InlineData("vi", "Cầu phục vụ 9.000 người dân sau khi hoàn thành.", "9.000")]
    [InlineData("zh", "桥梁建成后惠及9000名村民。", "9000")]
    [InlineData("en", "The province counts 60 village bridges.", "60")]
    public void Read_NoStatusOfTheCount_IsUnspecified(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).Status.ShouldBe(ScopeStatus.Unspecified);
    }

    [Theory]
    [InlineData("en", "The agency completed 24 bridges under the plan.", "24", ScopeStatus.Achieved)]
    [InlineData("en", "The ministry wants 60 bridges to be completed by 2028.", "60", ScopeStatus.Planned)]
    [InlineData("vi", "Tỉnh đã hoàn thành 24 cây cầu theo kế hoạch.", "24", ScopeStatus.Achieved)]
    public void Read_PlanAndCompletionWordsInOneClause_NearestToTheFigureDecides(string language, string sentence, string figure, ScopeStatus status)
    {
        ScopeOf(sentence, language, figure).Status.ShouldBe(status);
    }

    [Fact]
    public void Read_TwoFiguresEachWithItsOwnVerb_EachHasItsOwnStatus()
    {
        const string sentence = "Of the bridges, 24 were completed last year and 36 will be built by 2028.";
        var quantities = Recognizer.Recognize(sentence, "en");
        var done = quantities.Single(x => x.Text.StartsWith("24", StringComparison.Ordinal));
        var planned = quantities.Single(x => x.Text.StartsWith("36", StringComparison.Ordinal));

        Reader.Read(sentence, done, quantities).Status.ShouldBe(ScopeStatus.Achieved);
        Reader.Read(sentence, planned, quantities).Status.ShouldBe(ScopeStatus.Planned);
    }

    [Theory]
    [InlineData("id", "Sisa 40 bus akan dikirim bulan depan.", "40")]
    [InlineData("en", "The remaining 40 buses arrive next month.", "40")]
    [InlineData("ko", "남은 버스 40대는 다음 달 도착한다.", "40")]
    [InlineData("vi", "40 xe buýt còn lại sẽ đến vào tháng sau.", "40")]
    [InlineData("zh", "剩余40辆公交车下月到货。", "40")]
    public void Read_RemainingCue_IsRemaining(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).Basis.ShouldBe(ScopeBasis.Remaining);
    }

    [Theory]
    [InlineData("id", "Sejauh ini 1.200 rumah rusak akibat banjir.", "1.200")]
    [InlineData("en", "So far 1,200 homes have been damaged by the flood.", "1,200")]
    [InlineData("ko", "지금까지 주택 1200채가 홍수로 파손됐다.", "1200")]
    [InlineData("zh", "洪水累计造成1200间房屋受损。", "1200")]
    public void Read_SoFar_IsCumulative(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).Basis.ShouldBe(ScopeBasis.Cumulative);
    }

    [Theory]
    [InlineData("id", "Secara keseluruhan 900 pekerja terlibat dalam proyek itu.", "900")]
    [InlineData("en", "In total 900 workers took part in the project.", "900")]
    [InlineData("vi", "Tổng cộng 900 công nhân tham gia dự án.", "900")]
    public void Read_TotalCue_IsTotal(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).Basis.ShouldBe(ScopeBasis.Total);
    }

    [Theory]
    [InlineData("en", "Sales rose by 3 million units last year.", "3 million")]
    [InlineData("id", "Jumlah penumpang naik sebesar 3 juta orang.", "3 juta")]
    public void Read_ChangeOfALevel_IsChange(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).Basis.ShouldBe(ScopeBasis.Change);
    }

    [Fact]
    public void Read_PercentGrowth_IsNotAChangeOfALevel()
    {
        ScopeOf("Sales rose by 3% last year.", "en", "3%").Basis.ShouldBe(ScopeBasis.Unspecified);
    }

    [Fact]
    public void Read_TwoFiguresInOneSentence_EachGetsItsOwnBasis()
    {
        const string sentence = "The city added an extra $2 million; the total now stands at $12 million.";

        ScopeOf(sentence, "en", "$2 million").Basis.ShouldBe(ScopeBasis.Additional);
        ScopeOf(sentence, "en", "$12 million").Basis.ShouldBe(ScopeBasis.Total);
    }

    [Theory]
    [InlineData("id", "Perusahaan itu menyetor 5 miliar rupiah per tahun ke kas daerah.", "5 miliar")]
    [InlineData("en", "The firm pays $5 million per year in fees.", "$5 million")]
    [InlineData("ko", "회사는 매년 50억 원을 낸다.", "50억")]
    [InlineData("vi", "Công ty nộp 50 tỷ đồng mỗi năm.", "50 tỷ")]
    [InlineData("zh", "公司每年缴纳50亿元。", "50亿")]
    public void Read_PerYear_IsRatePerYear(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).Rate.ShouldBe(ScopeRate.PerYear);
    }

    [Theory]
    [InlineData("vi", "Ngày đông nhất, sân bay đón 420 chuyến bay trong một ngày.", "420")]
    [InlineData("en", "On the busiest date the airport handled 420 flights in a single day.", "420")]
    [InlineData("id", "Pada puncak arus mudik, bandara melayani 420 penerbangan dalam sehari.", "420")]
    [InlineData("ko", "공항은 가장 붐빈 날 하루 동안 420편을 운항했다.", "420")]
    [InlineData("zh", "机场高峰日单日起降航班420架次。", "420")]
    public void Read_CountOfASingleDay_IsRatePerDay(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).Rate.ShouldBe(ScopeRate.PerDay);
    }

    [Theory]
    [InlineData("id", "Rata-rata 4 juta rupiah per kapita dibelanjakan warga.", "4 juta", ScopeRate.PerCapita)]
    [InlineData("en", "The plant ships 800 tonnes per day.", "800", ScopeRate.PerDay)]
    [InlineData("vi", "Nhà máy xuất 800 tấn mỗi tháng.", "800", ScopeRate.PerMonth)]
    public void Read_OtherRates(string language, string sentence, string figure, ScopeRate expected)
    {
        ScopeOf(sentence, language, figure).Rate.ShouldBe(expected);
    }

    [Theory]
    [InlineData("id", "Pemerintah menyiapkan 50 triliun rupiah selama lima tahun.", "50 triliun", 5)]
    [InlineData("en", "The state will spend $50 billion over five years.", "$50 billion", 5)]
    [InlineData("ko", "정부는 5년간 50조 원을 투자한다.", "50조", 5)]
    [InlineData("vi", "Chính phủ chi 50 nghìn tỷ đồng trong 5 năm.", "50 nghìn tỷ", 5)]
    public void Read_SpanOfYears_GivesSpanYears(string language, string sentence, string figure, int years)
    {
        ScopeOf(sentence, language, figure).SpanYears.ShouldBe(years);
    }

    [Fact]
    public void Read_ChineseSpanOfYears_GivesSpanYears()
    {
        ScopeOf("政府将在5年内投资500亿元。", "zh", "500亿").SpanYears.ShouldBe(5);
    }

    [Fact]
    public void Read_NoScopeWords_IsUnspecified()
    {
        var scope = ScopeOf("Norland Foods menjual 3.000 ton kopi.", "id", "3.000");

        scope.ShouldBe(ClaimScope.Unspecified);
        scope.IsSpecified.ShouldBeFalse();
    }

    [Fact]
    public void Read_PartCueBeforeFigure_IsPart()
    {
        ScopeOf("The firm hired 200 people, of which 80 engineers.", "en", "80").IsPart.ShouldBeTrue();
        ScopeOf("Pabrik merekrut 200 orang, di antaranya 80 insinyur.", "id", "80").IsPart.ShouldBeTrue();
    }

    [Theory]
    [InlineData("en", "Nine tourists were on board, including 3 Germans.", "3")]
    [InlineData("id", "Sembilan turis ikut berlayar, termasuk 3 warga Jerman.", "3 warga")]
    [InlineData("id", "Di antara penumpang terdapat 9 turis asing.", "9 turis")]
    [InlineData("vi", "Có chín du khách trên tàu, bao gồm 3 người Đức.", "3 người")]
    [InlineData("vi", "Trường có 40 giáo viên, gồm 12 người nước ngoài.", "12 người")]
    [InlineData("zh", "船上有九名游客，包括3名德国人。", "3名")]
    [InlineData("ko", "관광객 아홉 명이 탔고 이 중 3명은 독일인이었다.", "3명")]
    public void Read_IncludingOrAmongCueInEachLanguage_IsPart(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).IsPart.ShouldBeTrue();
    }

    [Fact]
    public void Read_XOfYCount_IsPartWithWhole()
    {
        var q = Recognizer.Recognize("Sebanyak 30 dari 50 guru sudah divaksin.", "id").Where(x => x.Text.StartsWith("30", StringComparison.Ordinal)).ShouldHaveSingleItem();

        q.Whole.ShouldBe(50m);
        Reader.Read("Sebanyak 30 dari 50 guru sudah divaksin.", q).IsPart.ShouldBeTrue();
    }

    [Theory]
    [InlineData("id", "Laba bersih kuartal III mencapai 2 triliun rupiah.", "2 triliun", 3)]
    [InlineData("en", "Third quarter profit reached $2 billion.", "$2 billion", 3)]
    [InlineData("ko", "3분기 영업이익은 2조 원이었다.", "2조", 3)]
    [InlineData("vi", "Lợi nhuận quý 3 đạt 2 nghìn tỷ đồng.", "2 nghìn tỷ", 3)]
    [InlineData("zh", "上半年利润达到20亿元。", "20亿", 5)]
    public void Read_QuarterOrHalf_GivesSubPeriod(string language, string sentence, string figure, int code)
    {
        ScopeOf(sentence, language, figure).SubPeriod.ShouldBe(code);
    }

    [Theory]
    [InlineData("id", "Hingga Kamis malam, 40 orang berhasil diselamatkan dan 5 orang ditemukan meninggal dunia.", "5 orang")]
    [InlineData("en", "As of Monday noon, 14 people had died.", "14 people")]
    [InlineData("ko", "오후 6시 현재 사망자는 14명이다.", "14명")]
    [InlineData("vi", "Tính đến tối 3/5, 14 người đã thiệt mạng.", "14 người")]
    [InlineData("zh", "截至5日晚，事故已造成14人遇难。", "14人")]
    public void Read_CountAsOfAGivenTime_IsAsOf(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).IsAsOf.ShouldBeTrue();
    }

    [Theory]
    [InlineData("en", "Brightwell is headquartered in Lyon (France), has subsidiaries in 12 countries and employs around 900 people.", "12 countries")]
    [InlineData("en", "Brightwell is headquartered in Lyon (France), has subsidiaries in 12 countries and employs around 900 people.", "900 people")]
    [InlineData("id", "Perseroan berkantor pusat di Bandung dan mempekerjakan sekitar 900 karyawan.", "900 karyawan")]
    [InlineData("zh", "该公司总部位于苏州，在12个国家设有分公司。", "12个")]
    public void Read_CompanyProfileFigure_IsAsOf(string language, string sentence, string figure)
    {
        // The "about us" paragraph of a press release: true as of the day it was written, like "as of Monday".
        ScopeOf(sentence, language, figure).IsAsOf.ShouldBeTrue();
    }

    [Fact]
    public void Read_CountWithNoTime_IsNotAsOf()
    {
        ScopeOf("Gempa itu menewaskan 14 orang.", "id", "14 orang").IsAsOf.ShouldBeFalse();
    }

    [Theory]
    [InlineData("en", "Annual inflation eased to 3.1% in March from 3.6% in February.", "3.1%", 3)]
    [InlineData("en", "Annual inflation eased to 3.1% in March from 3.6% in February.", "3.6%", 2)]
    [InlineData("id", "Inflasi Maret tercatat 3,1 persen.", "3,1 persen", 3)]
    [InlineData("ko", "3월 소비자물가 상승률은 3.1%였다.", "3.1%", 3)]
    [InlineData("vi", "Lạm phát tháng 3 ở mức 3,1%.", "3,1%", 3)]
    [InlineData("zh", "3月份居民消费价格同比上涨3.1%。", "3.1%", 3)]
    public void Read_MonthNamedNextToFigure_IsThatMonth(string language, string sentence, string figure, int month)
    {
        ScopeOf(sentence, language, figure).Month.ShouldBe(month);
    }

    [Theory]
    [InlineData("en", "The bank said on March 18 that inflation was 3.1%.", "3.1%")]
    [InlineData("id", "Pada 18 Maret, bank sentral menyebut inflasi 3,1 persen.", "3,1 persen")]
    [InlineData("ko", "한국은행은 3월 18일 물가 상승률이 3.1%라고 밝혔다.", "3.1%")]
    [InlineData("zh", "央行3月18日说，通胀率为3.1%。", "3.1%")]
    public void Read_DateNextToFigure_IsNoMonthScope(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).Month.ShouldBeNull();
    }

    [Fact]
    public void Read_BasisWordAfterTheNextFigure_IsThatFiguresNotThisOnes()
    {
        const string sentence = "The carrier operated 9,800 flights, including 1,100 extra flights on trunk routes.";
        var quantities = Recognizer.Recognize(sentence, "en");
        var total = quantities.Single(x => x.Text.StartsWith("9,800", StringComparison.Ordinal));

        Reader.Read(sentence, total, quantities).Basis.ShouldNotBe(ScopeBasis.Additional);
        Reader.Read(sentence, total).Basis.ShouldBe(ScopeBasis.Additional, "without the other figures the window reaches the next one's word");
    }

    [Theory]
    [InlineData("en", "The retailer will cut 420 jobs in this round, its chief said.", "420")]
    [InlineData("id", "Pada gelombang ini 420 pekerja terkena PHK.", "420")]
    [InlineData("vi", "Công ty cắt giảm 420 nhân sự trong đợt này.", "420")]
    [InlineData("ko", "이번 감원 대상은 420명이다.", "420")]
    [InlineData("zh", "该公司本轮裁员420人。", "420")]
    public void Read_ThisRoundCue_IsAdditional(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).Basis.ShouldBe(ScopeBasis.Additional);
    }

    [Theory]
    [InlineData("vi", "Hãng khai thác 300 chuyến bay tăng cường dịp hè.", "300")]
    [InlineData("ko", "항공사는 여름 성수기에 300편을 증편했다.", "300")]
    [InlineData("zh", "铁路部门暑期加开列车300趟。", "300")]
    public void Read_AddedServiceCue_IsAdditional(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).Basis.ShouldBe(ScopeBasis.Additional);
    }

    [Theory]
    [InlineData("en", "Job cuts since last year reached 2,300.", "2,300")]
    [InlineData("id", "Sejak tahun lalu 2.300 pekerja terkena PHK.", "2.300")]
    [InlineData("vi", "Kể từ năm ngoái 2.300 người đã mất việc.", "2.300")]
    [InlineData("ko", "지난해 이후 감원 인원은 2300명이다.", "2300")]
    [InlineData("zh", "去年以来该厂裁员2300人。", "2300")]
    public void Read_SinceLastYear_IsCumulative(string language, string sentence, string figure)
    {
        ScopeOf(sentence, language, figure).Basis.ShouldBe(ScopeBasis.Cumulative);
    }

    [Fact]
    public void Read_BasisWordBeforeThePreviousFigure_IsThatFiguresNotThisOnes()
    {
        const string sentence = "The carrier ran a total of 9,800 flights, among them 1,100 on night routes.";
        var quantities = Recognizer.Recognize(sentence, "en");
        var night = quantities.Single(x => x.Text.StartsWith("1,100", StringComparison.Ordinal));

        Reader.Read(sentence, night, quantities).Basis.ShouldBe(ScopeBasis.Unspecified);
        Reader.Read(sentence, night).Basis.ShouldBe(ScopeBasis.Total, "without the other figures the window reaches the previous one's word");
    }

    [Fact]
    public void Read_ExtraRightAfterTheFigure_IsAdditional()
    {
        ScopeOf("The airline laid on 1,100 extra flights for the holiday.", "en", "1,100").Basis.ShouldBe(ScopeBasis.Additional);
    }

    [Fact]
    public void Read_AdditionNamedAmongATotal_IsNoPart()
    {
        const string extra = "The carrier ran 9,800 flights, including 1,100 extra flights on trunk routes.";
        const string night = "The carrier ran 9,800 flights, including 1,100 on night routes.";

        ReadAmong(extra, "1,100").IsPart.ShouldBeFalse();
        ReadAmong(extra, "1,100").Basis.ShouldBe(ScopeBasis.Additional);
        ReadAmong(night, "1,100").IsPart.ShouldBeTrue("a figure the sentence gives among a total and is no addition is its part");
    }

    [Theory]
    [InlineData("en", "The plant will raise output from 300,000 tonnes to 1.2 million tonnes a year, an extra capacity of 900,000 tonnes.", "1.2 million", "900,000")]
    [InlineData("id", "Pabrik akan menaikkan produksi dari 300.000 ton menjadi 1,2 juta ton per tahun, atau tambahan kapasitas 900.000 ton.", "1,2 juta", "900.000")]
    [InlineData("vi", "Nhà máy sẽ nâng sản lượng từ 300.000 tấn lên 1,2 triệu tấn mỗi năm, tức tăng thêm 900.000 tấn.", "1,2 triệu", "900.000")]
    public void Read_AdditionCueInTheNextFigureClause_IsThatFigureAndNotTheNewLevel(string language, string sentence, string level, string added)
    {
        ReadAmong(sentence, level, language).Basis.ShouldNotBe(ScopeBasis.Additional);
        ReadAmong(sentence, added, language).Basis.ShouldBe(ScopeBasis.Additional);
    }

    private static ClaimScope ReadAmong(string sentence, string figure, string language = "en")
    {
        var quantities = Recognizer.Recognize(sentence, language);
        return Reader.Read(sentence, quantities.Single(x => x.Text.StartsWith(figure, StringComparison.Ordinal)), quantities);
    }
}
