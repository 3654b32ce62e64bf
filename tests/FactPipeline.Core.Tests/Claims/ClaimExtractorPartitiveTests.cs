using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Claims;

/// <summary>
/// A total in one sentence and a part of it in the next ("Of that number, …", "Dari jumlah tersebut, …", "이 가운데 …",
/// "Trong số đó, …", "其中…"), or a part of a named whole ("Of the affected employees, …"): the part counts what the
/// whole counts, with its own place as subject, or is only a part when it names none.
/// </summary>
public sealed class ClaimExtractorPartitiveTests
{
    [Theory]
    [InlineData("id", "Jaringan toko roti Crumbly memangkas 820 karyawan pekan ini.", "Dari jumlah tersebut, sebanyak 310 karyawan berada di Malaysia.", "310 karyawan")]
    [InlineData("en", "The bakery chain Crumbly will cut 820 jobs this month.", "Of that number, 310 employees are in Malaysia.", "310 employees")]
    [InlineData("ko", "제과 체인 크럼블리가 직원 820명을 감원한다.", "이 가운데 말레이시아 직원 310명이 포함됐다.", "310명")]
    [InlineData("vi", "Chuỗi tiệm bánh Crumbly sẽ cắt giảm 820 nhân sự trong tháng này.", "Trong số đó, 310 nhân viên làm việc tại Malaysia.", "310 nhân viên")]
    [InlineData("zh", "连锁面包店Crumbly本周宣布裁员820人。", "其中，马来西亚员工310人。", "310人")]
    public void Extract_PartAfterAnAnaphoricOpener_CountsTheWholesMeasureForItsOwnPlace(string language, string total, string part, string figure)
    {
        var claims = ExtractedClaims.Of("a", language, total, part);

        var claim = ExtractedClaims.Single(claims, figure);
        claim.Concept.ShouldBe("layoffs", ExtractedClaims.Describe(claims));
        claim.SubjectId.ShouldBe("my", ExtractedClaims.Describe(claims));
        claim.Scope.IsPart.ShouldBeFalse(ExtractedClaims.Describe(claims));
    }

    [Theory]
    [InlineData("id", "Jaringan toko roti Crumbly memangkas 820 karyawan pekan ini.", "Dari jumlah itu, 310 karyawan bekerja di divisi pengiriman.", "310 karyawan")]
    [InlineData("en", "The bakery chain Crumbly will cut 820 jobs this month.", "Of them, 310 employees work in its delivery unit.", "310 employees")]
    public void Extract_PartWithoutAPlaceOfItsOwn_IsAPartOfTheWholesMeasure(string language, string total, string part, string figure)
    {
        var claims = ExtractedClaims.Of("a", language, total, part);

        var claim = ExtractedClaims.Single(claims, figure);
        claim.Concept.ShouldBe("layoffs", ExtractedClaims.Describe(claims));
        claim.Scope.IsPart.ShouldBeTrue(ExtractedClaims.Describe(claims));
        ExtractedClaims.Single(claims, "820").Scope.IsPart.ShouldBeFalse(ExtractedClaims.Describe(claims));
    }

    [Theory]
    [InlineData("en", "Of the affected employees, 310 staff are in Malaysia.", "310 staff")]
    [InlineData("id", "Dari karyawan yang terdampak, sebanyak 310 karyawan berada di Malaysia.", "310 karyawan")]
    [InlineData("ko", "감원 대상 직원 가운데 말레이시아 직원은 310명이다.", "310명")]
    [InlineData("vi", "Trong số nhân viên bị ảnh hưởng, 310 nhân viên làm việc tại Malaysia.", "310 nhân viên")]
    [InlineData("zh", "受影响员工中，马来西亚员工约310人。", "310人")]
    public void Extract_PartOfNamedAffectedStaff_CountsLayoffs(string language, string sentence, string figure)
    {
        var claims = ExtractedClaims.Of("a", language, sentence);

        var claim = ExtractedClaims.Single(claims, figure);
        claim.Concept.ShouldBe("layoffs", ExtractedClaims.Describe(claims));
        claim.SubjectId.ShouldBe("my", ExtractedClaims.Describe(claims));
    }

    [Theory]
    [InlineData("en", "The bakery chain said 310 affected employees will get severance pay.", "310 affected")]
    [InlineData("id", "Perusahaan menyebut 310 karyawan terdampak akan menerima pesangon.", "310 karyawan")]
    [InlineData("ko", "회사는 감원 대상 직원 310명에게 퇴직금을 지급한다.", "310명")]
    [InlineData("vi", "Công ty cho biết 310 nhân viên bị ảnh hưởng sẽ nhận trợ cấp.", "310 nhân viên")]
    [InlineData("zh", "公司表示，受影响员工310人将获得补偿。", "310人")]
    public void Extract_CountOfAffectedStaff_IsLayoffsInEveryLanguage(string language, string sentence, string figure)
    {
        var claims = ExtractedClaims.Of("a", language, sentence);

        ExtractedClaims.Single(claims, figure).Concept.ShouldBe("layoffs", ExtractedClaims.Describe(claims));
    }

    [Theory]
    [InlineData("en", "The bakery chain Crumbly will cut 820 jobs this month.", "Of that number, about 310 are in Malaysia.", "310")]
    [InlineData("en", "The bakery chain Crumbly will cut 820 jobs this month.", "Among them, 310 are in Malaysia.", "310")]
    public void Extract_BareNumberRightAfterAnAnaphoricOpener_IsThePartOfTheWhole(string language, string total, string part, string figure)
    {
        var claims = ExtractedClaims.Of("a", language, total, part);

        var claim = ExtractedClaims.Single(claims, figure);
        claim.Concept.ShouldBe("layoffs", ExtractedClaims.Describe(claims));
        claim.SubjectId.ShouldBe("my", ExtractedClaims.Describe(claims));
    }

    [Theory]
    [InlineData("The bakery chain Crumbly will cut 820 jobs this month.", "Of that number, the company said in a memo sent on Monday 310 are in Malaysia.")]
    [InlineData("The bakery chain Crumbly will cut 820 jobs this month.", "Of them, 2027 is the year the last will go.")]
    [InlineData("The bakery chain Crumbly is restructuring.", "Of them, 310 are in Malaysia.")]
    public void Extract_BareNumberFarFromTheOpenerOrWithoutAWhole_IsNoClaim(string total, string part)
    {
        var claims = ExtractedClaims.Of("a", "en", total, part);

        claims.ShouldNotContain(c => c.Quote == part, ExtractedClaims.Describe(claims));
    }

    [Fact]
    public void Extract_PartOfAnotherThing_KeepsItsOwnMeasure()
    {
        var claims = ExtractedClaims.Of("a", "en", "The bakery chain Crumbly will cut 820 jobs this month.", "Of that number, 12 bakeries will close in Malaysia.");

        ExtractedClaims.Single(claims, "12 bakeries").Concept.ShouldNotBe("layoffs", ExtractedClaims.Describe(claims));
    }

    [Fact]
    public void Extract_TotalOfTwoMeasuresBefore_LeavesThePartsMeasureUnsaid()
    {
        // "Of that number" may point at the jobs or the stores: neither is taken.
        var claims = ExtractedClaims.Of("a", "en", "The bakery chain Crumbly will cut 820 jobs and shut 40 stores.", "Of that number, 310 employees are in Malaysia.");

        ExtractedClaims.Single(claims, "310 employees").Concept.ShouldBe("employees", ExtractedClaims.Describe(claims));
    }

    [Fact]
    public void Extract_OpenerInASentenceAfterNoCount_LeavesTheCountAsItIs()
    {
        var claims = ExtractedClaims.Of("a", "en", "The bakery chain Crumbly is restructuring.", "Of them, 310 employees are in Malaysia.");

        ExtractedClaims.Single(claims, "310 employees").Concept.ShouldBe("employees", ExtractedClaims.Describe(claims));
    }
}
