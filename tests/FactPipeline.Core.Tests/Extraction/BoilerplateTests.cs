using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class BoilerplateTests
{
    [Theory]
    [InlineData("Baca Juga: Harga Nikel Dunia Turun")]
    [InlineData("“Baca Juga: Harga Nikel Dunia Turun”")]
    [InlineData("Read also: Electricity prices rose")]
    [InlineData("Leave a Reply")]
    [InlineData("Komentar (0)")]
    [InlineData("No data")]
    [InlineData("No more pages")]
    [InlineData("konten yang terkait")]
    [InlineData("Penulis: Rina Kartika")]
    [InlineData("By: Daniel Moore")]
    [InlineData("Home - Ekonomi - Pemerintah Tambah Anggaran")]
    [InlineData("rina.kartika@kabarindustri.id")]
    [InlineData("Sumber: https://kabarindustri.id/riset-baterai")]
    [InlineData("(bbn)")]
    [InlineData("(ren)")]
    [InlineData("(ant/ren)")]
    [InlineData("Logo Bloomberg Technoz")]
    [InlineData("Ilustrasi-Penerapan kecerdasan buatan di pabrik. Foto: CGTN for Hallonews")]
    [InlineData("Subscribe to Harbour Weekly on YouTube")]
    [InlineData("Follow the Business desk on Facebook, Twitter and Instagram.")]
    [InlineData("Sign up for our morning newsletter")]
    [InlineData("Ikuti kami di Google News")]
    public void IsBoilerplateLine_SiteFurniture_ReturnsTrue(string line)
    {
        Boilerplate.IsBoilerplateLine(line).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Pemerintah menaikkan anggaran riset menjadi 4,5 triliun rupiah untuk tahun depan.")]
    [InlineData("Penulis buku itu mengatakan bahwa penjualan naik 20 persen.")]
    [InlineData("Logo baru perusahaan diluncurkan bersama rencana investasi senilai 2 triliun rupiah pada acara tahunan di Jakarta.")]
    [InlineData("(AI)")]
    [InlineData("Investors who follow the fund on Twitter saw the announcement before the markets opened, the regulator said in its report on the trading.")]
    [InlineData("https://example.org/reports/2025/energy-outlook.pdf")] // a reference the article lists: its source
    public void IsBoilerplateLine_RealSentence_ReturnsFalse(string line)
    {
        Boilerplate.IsBoilerplateLine(line).ShouldBeFalse();
    }

    [Fact]
    public void StripTrailingSignature_SignatureAfterLastSentence_RemovesIt()
    {
        Boilerplate.StripTrailingSignature("Beijing mengirim pesan jelas. (ren)").ShouldBe("Beijing mengirim pesan jelas.");
    }
}
