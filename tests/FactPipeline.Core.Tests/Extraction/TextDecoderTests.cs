using System.Text;
using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class TextDecoderTests
{
    [Fact]
    public void Decode_EucKrWithoutCharset_ReturnsHangul()
    {
        var expected = File.ReadAllText(Fixtures.PathOf("Extraction/ko-article.txt"));

        var decoded = TextDecoder.Decode(Fixtures.Bytes("Extraction/encoded/ko-euckr.txt"), null, isHtml: false);

        decoded.EncodingName.ShouldBe("cp949");
        decoded.Text.ShouldBe(expected);
    }

    [Fact]
    public void Decode_Gb18030WithoutCharset_ReturnsChinese()
    {
        var expected = File.ReadAllText(Fixtures.PathOf("Extraction/zh-article.txt"));

        var decoded = TextDecoder.Decode(Fixtures.Bytes("Extraction/encoded/zh-gb18030.txt"), null, isHtml: false);

        decoded.EncodingName.ShouldBe("gb18030");
        decoded.Text.ShouldBe(expected);
    }

    [Fact]
    public void Decode_Windows1252WithoutCharset_ReturnsAccentsAndEuro()
    {
        var expected = File.ReadAllText(Fixtures.PathOf("Extraction/en-latin.txt"));

        var decoded = TextDecoder.Decode(Fixtures.Bytes("Extraction/encoded/en-windows1252.txt"), null, isHtml: false);

        decoded.EncodingName.ShouldBe("windows-1252");
        decoded.Text.ShouldBe(expected);
    }

    [Fact]
    public void Decode_Utf8WithoutBom_ReturnsText()
    {
        var decoded = TextDecoder.Decode(Fixtures.Bytes("Extraction/vi-article.txt"), null, isHtml: false);

        decoded.EncodingName.ShouldBe("utf-8");
        decoded.Text!.ShouldContain("Việt Nam đặt mục tiêu");
    }

    [Fact]
    public void Decode_Utf8Bom_StripsBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Halo dunia")];

        TextDecoder.Decode(bytes, null, isHtml: false).Text.ShouldBe("Halo dunia");
    }

    [Fact]
    public void Decode_Utf16LeBom_ReturnsText()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("정부 예산")];

        TextDecoder.Decode(bytes, null, isHtml: false).Text.ShouldBe("정부 예산");
    }

    [Fact]
    public void Decode_DeclaredHeaderCharset_WinsOverDetection()
    {
        var bytes = Fixtures.Bytes("Extraction/encoded/ko-euckr.txt");

        var decoded = TextDecoder.Decode(bytes, "EUC-KR", isHtml: false);

        decoded.Text!.ShouldContain("반도체 연구 예산");
    }

    [Fact]
    public void Decode_HtmlMetaCharset_UsesDeclaredEncoding()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"></head><body><p>한국 정부 예산</p></body></html>";
        var bytes = TextDecoder.ResolveCharset("euc-kr")!.GetBytes(html);

        var decoded = TextDecoder.Decode(bytes, null, isHtml: true);

        decoded.Text!.ShouldContain("한국 정부 예산");
        TextDecoder.FindMetaCharset(bytes).ShouldBe("euc-kr");
    }

    [Fact]
    public void Decode_Latin1DeclaredButValidUtf8_ReadsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("Harga kopi naik – kata pedagang “besar”.");

        TextDecoder.Decode(bytes, "iso-8859-1", isHtml: false).Text.ShouldBe("Harga kopi naik – kata pedagang “besar”.");
    }

    [Fact]
    public void Decode_PngBytesNamedTxt_ReportsBinary()
    {
        var decoded = TextDecoder.Decode(Fixtures.Bytes("Extraction/encoded/image-named-txt.txt"), null, isHtml: false);

        decoded.Text.ShouldBeNull();
        decoded.Problem.ShouldBe("binary file, not text");
    }

    [Fact]
    public void LooksBinary_ManyControlCharactersWithoutNul_IsBinary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();

        TextDecoder.LooksBinary(bytes).ShouldBeTrue();
    }

    [Fact]
    public void LooksBinary_FewStrayNulsInText_IsText()
    {
        TextDecoder.LooksBinary(Fixtures.Bytes("Extraction/encoded/stray-nul-bytes.html")).ShouldBeFalse();
    }

    [Fact]
    public void LooksBinary_Utf16WithoutBom_IsBinary()
    {
        TextDecoder.LooksBinary(Encoding.Unicode.GetBytes("Harga kopi naik lima persen pekan ini.")).ShouldBeTrue();
    }

    [Fact]
    public void Decode_StrayNuls_AreDropped()
    {
        const string text = "Harga kopi naik lima persen pekan ini, kata pedagang di pasar induk. Pasokan dari Lampung berkurang karena hujan.";
        var bytes = Encoding.UTF8.GetBytes(text.Replace("kopi ", "kopi\0 ", StringComparison.Ordinal));

        TextDecoder.Decode(bytes, null, isHtml: false).Text.ShouldBe(text);
    }
}
