using System.Globalization;
using System.Text;

namespace FactPipeline.TestSupport;

/// <summary>
/// Generates news-like articles in Indonesian, English, Korean and Vietnamese from templates with seeded
/// random figures, so the benchmark is repeatable and exercises every recognizer path (scale words,
/// currencies, hedges, counts, years) without copying anyone's text.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly (string Id, string En, string Ko, string Vi)[] Countries =
    [
        ("Korea Selatan", "South Korea", "한국", "Hàn Quốc"),
        ("China", "China", "중국", "Trung Quốc"),
        ("Vietnam", "Vietnam", "베트남", "Việt Nam"),
        ("Jepang", "Japan", "일본", "Nhật Bản"),
        ("Indonesia", "Indonesia", "인도네시아", "Indonesia"),
    ];

    private static readonly string[] Topics = ["AI", "semikonduktor", "energi hijau", "robotika", "kuantum", "pusat data"];

    public static IEnumerable<(string Name, string Text)> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var language = (i % 4) switch { 0 => "id", 1 => "en", 2 => "ko", _ => "vi" };
            yield return ($"{i:D6}_{language}.txt", Article(random, language, i));
        }
    }

    /// <summary>The first <paramref name="count"/> articles as files in <paramref name="folder"/> (created if missing); another seed, other figures.</summary>
    public static async Task WriteAsync(int count, string folder, int seed = 42)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in Generate(count, seed))
        {
            await File.WriteAllTextAsync(Path.Combine(folder, name), text);
        }
    }

    private static string Article(Random r, string language, int index)
    {
        var country = Countries[r.Next(Countries.Length)];
        var topic = Topics[r.Next(Topics.Length)];
        var year = 2024 + r.Next(4);
        var trillions = r.Next(1, 40);
        var tenths = r.Next(10);
        var count = r.Next(2, 900) * 100;
        var companies = r.Next(2, 60);
        var percent = r.Next(1, 99);
        var sb = new StringBuilder();
        switch (language)
        {
            case "id":
                sb.AppendLine(CultureInfo.InvariantCulture, $"Rencana {topic} {country.Id} nomor {index}").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"Kamis, {1 + r.Next(28)} Januari {year}").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"Pemerintah {country.Id} menaikkan anggaran {topic} menjadi {trillions},{tenths} triliun won pada tahun {year}. Langkah ini diumumkan oleh kementerian terkait di ibu kota.").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"Program tersebut akan menyalurkan lebih dari {count.ToString("N0", CultureInfo.InvariantCulture).Replace(",", ".", StringComparison.Ordinal)} unit GPU kepada {companies} perusahaan dan lembaga penelitian.").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"Pangsa pasar industri ini diperkirakan tumbuh {percent} persen, sementara investasi swasta mencapai sekitar {trillions * 3} triliun won.").AppendLine();
                sb.AppendLine("Baca Juga: Berita lain yang tidak berhubungan").AppendLine();
                sb.AppendLine("Para pejabat menyatakan bahwa kerja sama internasional tetap menjadi prioritas dalam beberapa tahun mendatang, terutama dalam pelatihan tenaga ahli.");
                break;
            case "en":
                sb.AppendLine(CultureInfo.InvariantCulture, $"{country.En} expands its {topic} plan, report {index}").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"March {1 + r.Next(28)}, {year}").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"The {country.En} government raised its {topic} budget to {trillions}.{tenths} trillion won in {year}, officials said on Monday.").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"The programme will supply more than {count:N0} GPUs to {companies} companies and research institutes.").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"Market share is expected to grow by {percent}%, while private investment reaches about {trillions * 3} trillion won.").AppendLine();
                sb.AppendLine("Officials said international cooperation would remain a priority in the coming years, especially in training experts.");
                break;
            case "ko":
                sb.AppendLine(CultureInfo.InvariantCulture, $"{country.Ko} {topic} 계획 확대 {index}").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"{year}년 {1 + r.Next(12)}월 {1 + r.Next(28)}일").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"{country.Ko} 정부는 {year}년 {topic} 예산을 {trillions}조 {tenths}천억 원으로 늘린다고 밝혔다.").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"정부는 GPU {count:N0}장 이상을 기업 {companies}곳과 연구기관에 공급할 계획이다.").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"시장 점유율은 {percent}% 늘어날 전망이며 민간 투자는 약 {trillions * 3}조 원에 이를 것으로 보인다.").AppendLine();
                sb.AppendLine("관계자는 앞으로도 국제 협력이 우선 과제로 남을 것이라고 말했다.");
                break;
            default:
                sb.AppendLine(CultureInfo.InvariantCulture, $"{country.Vi} mở rộng kế hoạch {topic} số {index}").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"Ngày {1 + r.Next(28)}/{1 + r.Next(12)}/{year}").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"Chính phủ {country.Vi} tăng ngân sách cho {topic} lên {trillions},{tenths} nghìn tỷ đồng trong năm {year}.").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"Chương trình sẽ cung cấp hơn {count.ToString("N0", CultureInfo.InvariantCulture).Replace(",", ".", StringComparison.Ordinal)} GPU cho {companies} doanh nghiệp và viện nghiên cứu.").AppendLine();
                sb.AppendLine(CultureInfo.InvariantCulture, $"Thị phần dự kiến tăng {percent} phần trăm, trong khi đầu tư tư nhân đạt khoảng {trillions * 3} nghìn tỷ đồng.").AppendLine();
                sb.AppendLine("Các quan chức cho biết hợp tác quốc tế vẫn là ưu tiên trong những năm tới, đặc biệt là đào tạo chuyên gia.");
                break;
        }
        return sb.ToString();
    }
}
