using FactPipeline.Core.Model;

namespace FactPipeline.Bench;

/// <summary>
/// Claims with the shape real ones have (30 concepts, 7 places, 4 years, 4 languages, shared context words)
/// and figures that often repeat across articles, so the cross-check has real groups to build: each claim names
/// its subject (one of 5,000 bodies) and its measure in its sentence.
/// </summary>
internal static class SyntheticClaims
{
    private static readonly string[] Concepts =
    [
        "budget", "investment", "funding", "subsidy", "value", "revenue", "profit", "exports", "growth", "market-share",
        "gpus", "chips", "companies", "teams", "employees", "researchers", "trainees", "students", "universities", "publications",
        "models", "datasets", "scenarios", "agencies", "data-centers", "hubs", "technologies", "products", "users", "people",
    ];

    private static readonly string[] Places = ["kr", "cn", "vn", "us", "eu", "jp", "id"];
    private static readonly string[] Languages = ["id", "en", "ko", "vi"];
    private static readonly string[][] ContextPool = Enumerable.Range(0, 64)
        .Select(i => Enumerable.Range(0, 6).Select(j => $"w{(i * 7 + j * 13) % 97}").ToArray())
        .ToArray();

    public static List<Claim> Generate(int count, int seed = 7)
    {
        var random = new Random(seed);
        var claims = new List<Claim>(count);
        var articles = Math.Max(2, count / 10);
        for (var i = 0; i < count; i++)
        {
            var concept = Concepts[random.Next(Concepts.Length)];
            var money = Array.IndexOf(Concepts, concept) < 10;
            // A "story" fixes the fact; several articles report it, some rounded, some off.
            var story = random.Next(count / 5 + 1);
            var baseAmount = 1000m + story % 997 * 1000m;
            var amount = random.Next(10) switch
            {
                0 => baseAmount * 1.1m,
                1 => Math.Round(baseAmount / 10_000m) * 10_000m, // a rounded report of the same fact
                _ => baseAmount,
            };
            claims.Add(new Claim
            {
                Id = $"c{i}",
                ArticleId = $"a{random.Next(articles)}",
                Quote = "",
                QuoteStart = 0,
                Value = new Quantity
                {
                    Start = 0, Length = 0, Text = "", Kind = money ? QuantityKind.Money : QuantityKind.Count,
                    Amount = amount, Low = amount, High = amount, Unit = money ? "KRW" : "", Step = 1000m,
                },
                Concept = concept,
                Subject = [Places[story % Places.Length], $"org{story % 5000}"],
                // Whose figure it is, named in the sentence as in real reports: without a subject (and with no story
                // profiles here) no pair could match, and the bench would time candidate pairs but no grouping.
                SubjectId = $"org{story % 5000}",
                SubjectName = $"Org {story % 5000}",
                SubjectSource = SubjectSource.Sentence,
                SentenceMeasures = [concept],
                Metric = ContextPool[story % ContextPool.Length],
                Year = 2024 + story % 4,
                Language = Languages[random.Next(Languages.Length)],
            });
        }
        return claims;
    }
}
