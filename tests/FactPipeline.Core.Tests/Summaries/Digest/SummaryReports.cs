using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Summaries;
using FactPipeline.Core.Summaries.Digest;
using FactPipeline.Core.Summaries.Llm;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Summaries.Digest;

/// <summary>
/// A hand-built run of three articles with generated summaries in every status, so each digest branch is tested
/// without a model: <c>id-budget</c> (Indonesian, kept in both languages), <c>en-chips</c> (English, kept in English
/// after regeneration, replaced in Korean) and <c>id-teams</c> (Indonesian, replaced in English for an invalid
/// answer, offline in Korean), plus <c>id-plain</c>, which has no entry at all.
/// </summary>
internal static class SummaryReports
{
    public const string ModelName = "gpt-test-mini";

    public const string BudgetTitle = "Korea Selatan Naikkan Anggaran AI Tiga Kali Lipat";
    public const string BudgetSentence = "Pemerintah Korea Selatan memutuskan menaikkan anggaran AI menjadi 10,1 triliun won tahun depan.";
    public const string ChipsTitle = "Seoul to buy 50,000 Nvidia chips";
    public const string ChipsSentence = "The government has agreed to buy 50,000 accelerator chips from Nvidia for its new data centres.";
    public const string TeamsTitle = "Lima Tim Bersaing Membangun Model AI Nasional";
    public const string TeamsSentence = "Lima tim yang dipimpin Naver Cloud dan Upstage lolos seleksi pada Agustus tahun lalu.";
    public const string PlainTitle = "Vietnam dan Korea Perluas Kerja Sama AI";
    public const string PlainSentence = "Vietnam dan Korea Selatan menandatangani nota kesepahaman tentang pelatihan 1.000 insinyur AI.";

    public const string EnglishBudgetTitle = "South Korea triples its AI budget";
    public const string EnglishBudgetText = "South Korea will raise its AI budget to 10.1 trillion won next year.\n\nThe money goes to chips <script>alert(1)</script> and *talent*.";
    public const string KoreanBudgetTitle = "한국, AI 예산 3배로 늘린다";
    public const string KoreanBudgetText = "한국 정부는 내년 AI 예산을 10조 1,000억 원으로 늘리기로 했다. 칩과 인재 확보에 쓴다.";
    public const string EnglishChipsText = "The government will buy 50,000 Nvidia chips for new data centres.";

    public static DigestWriter Writer() =>
        new(new FindingExplainer(CoreData.Lexicon), CoreData.Lexicon, CoreData.Glossary);

    /// <summary>The run without any summary: what the offline digest shows.</summary>
    public static RunReport Offline()
    {
        var budget = Article("id-budget", "id", BudgetTitle, BudgetSentence,
            "Seoul juga menyiapkan program pelatihan bagi para peneliti muda di seluruh negeri mulai tahun ini.",
            "Kementerian menyebut program itu akan dievaluasi setiap enam bulan oleh tim independen.");
        var chips = Article("en-chips", "en", ChipsTitle, ChipsSentence,
            "That purchase is part of a broader pledge to supply graphics processors to ministries and companies.",
            "Officials said the first deliveries are expected before the end of the first quarter.");
        var teams = Article("id-teams", "id", TeamsTitle, TeamsSentence,
            "Satu tim akan dieliminasi setiap enam bulan hingga tersisa dua finalis yang bersaing.",
            "Pemerintah menyediakan data dan komputasi bagi semua tim yang masih bertahan dalam program.");
        var plain = Article("id-plain", "id", PlainTitle, PlainSentence,
            "Kerja sama itu juga mencakup pertukaran peneliti antaruniversitas di kedua negara mulai tahun depan.",
            "Para pejabat berharap program pertama dapat dimulai pada paruh kedua tahun ini di Hanoi.");
        Claim[] claims =
        [
            Quoted(ClaimBuilder.Money("id-budget", 10_100_000_000_000m, "KRW", step: 100_000_000_000m), budget, BudgetSentence),
            Quoted(ClaimBuilder.Count("en-chips", 50_000m, "chips", language: "en"), chips, ChipsSentence),
            Quoted(ClaimBuilder.Count("id-teams", 5m, "teams"), teams, TeamsSentence),
            Quoted(ClaimBuilder.Count("id-plain", 1_000m, "people"), plain, PlainSentence),
        ];
        return new RunReport("r1", DateTimeOffset.UnixEpoch, ["x"], [budget, chips, teams, plain], claims, [], []);
    }

    /// <summary>The same run with a summary in every status (see the class summary).</summary>
    public static RunReport WithSummaries() => Offline() with
    {
        SummaryModel = ModelName,
        Summaries =
        [
            new ArticleSummary("id-budget", "en", SummaryStatus.Kept)
            {
                Title = EnglishBudgetTitle, Text = EnglishBudgetText, PromptVersion = "p1",
            },
            new ArticleSummary("id-budget", "ko", SummaryStatus.Kept)
            {
                Title = KoreanBudgetTitle, Text = KoreanBudgetText, PromptVersion = "p1", NamesCorrected = 1,
            },
            new ArticleSummary("en-chips", "en", SummaryStatus.KeptAfterRegeneration)
            {
                Title = "Korea buys Nvidia chips", Text = EnglishChipsText, PromptVersion = "p1",
            },
            new ArticleSummary("en-chips", "ko", SummaryStatus.Replaced)
            {
                AddedFigures = ["칩 6만 개"], MissingFigures = ["칩 5만 개"], PromptVersion = "p1",
            },
            new ArticleSummary("id-teams", "en", SummaryStatus.Replaced)
            {
                AddedFigures = ["10.2 trillion won"], Problem = "invalid JSON", PromptVersion = "p1",
            },
            new ArticleSummary("id-teams", "ko", SummaryStatus.Offline) { Problem = "budget spent" },
        ],
    };

    /// <summary>The Markdown of one article: from its heading to the next article's (or the end).</summary>
    public static string MarkdownSection(string markdown, string heading)
    {
        var start = markdown.IndexOf("### " + heading + "\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"no section \"{heading}\"");
        var end = markdown.IndexOf("\n### ", start + 4, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..(end + 1)];
    }

    private static Article Article(string id, string language, string title, params string[] paragraphs) => new()
    {
        Id = id, Source = $"samples/{id}.txt", Title = title, Language = language,
        PublishedAt = new DateOnly(2025, 12, 6), Paragraphs = Core.Model.Article.Layout(paragraphs),
    };

    private static Claim Quoted(Claim claim, Article article, string sentence) => claim with
    {
        Quote = sentence, QuoteStart = article.Text.IndexOf(sentence, StringComparison.Ordinal),
    };
}
