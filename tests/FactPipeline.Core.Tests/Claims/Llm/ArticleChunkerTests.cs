using FactPipeline.Core.Claims;
using FactPipeline.Core.Claims.Llm;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Tests.Claims.Llm;

public sealed class ArticleChunkerTests
{
    private static Article Article(IEnumerable<string> paragraphs) => new()
    {
        Id = "a1", Source = "a1.txt", Language = "id", Paragraphs = FactPipeline.Core.Model.Article.Layout(paragraphs),
    };

    private static Article LongArticle() => Article(Enumerable.Range(1, 30).Select(i =>
        $"Pemerintah provinsi mengalokasikan dana sebesar {i},5 miliar rupiah untuk pelatihan. Dr. Budi H. Santoso dari Co. Ltd. menyebut angka itu naik 3,2% dibanding tahun lalu! Apakah cukup? Program berjalan hingga 2030."));

    [Theory]
    [InlineData(120, 0)]
    [InlineData(120, 1)]
    [InlineData(300, 2)]
    [InlineData(1_000, 3)]
    public void Split_LongArticle_NeverCutsASentenceAndRespectsTheBudget(int budget, int overlap)
    {
        var article = LongArticle();
        var text = article.Text;
        var sentences = article.Paragraphs
            .SelectMany(p => SentenceSplitter.Split(p.Text).Select(s => (Start: p.Start + s.Start, End: p.Start + s.Start + s.Length)))
            .ToArray();

        var plan = ArticleChunker.Split(article, budget, overlap);

        plan.Chunks.Count.ShouldBeGreaterThan(1);
        plan.Oversized.ShouldBeEmpty();
        foreach (var chunk in plan.Chunks)
        {
            TokenEstimator.Estimate(text.AsSpan(chunk.Start, chunk.Length)).ShouldBeLessThanOrEqualTo(budget);
            sentences.ShouldContain(s => s.Start == chunk.Start, $"chunk {chunk.Index} starts inside a sentence");
            sentences.ShouldContain(s => s.End == chunk.End, $"chunk {chunk.Index} ends inside a sentence");
        }
        // Every sentence is in some chunk, and consecutive chunks share the requested overlap (or as much as fits).
        sentences.ShouldAllBe(s => plan.Chunks.Any(c => c.Start <= s.Start && s.End <= c.End));
        for (var i = 1; i < plan.Chunks.Count; i++)
        {
            var previous = plan.Chunks[i - 1];
            var shared = previous.FirstSentence + previous.SentenceCount - plan.Chunks[i].FirstSentence;
            shared.ShouldBeInRange(0, overlap);
            plan.Chunks[i].FirstSentence.ShouldBeGreaterThan(previous.FirstSentence);
        }
    }

    [Fact]
    public void Split_ShortArticle_IsOneChunkOfTheWholeText()
    {
        var article = Article(["Anggaran naik menjadi 10,1 triliun won.", "Kementerian memilih lima tim."]);

        var plan = ArticleChunker.Split(article, 16_000, 2);

        var chunk = plan.Chunks.ShouldHaveSingleItem();
        article.Text.Substring(chunk.Start, chunk.Length).ShouldBe(article.Text);
    }

    [Fact]
    public void Split_SentenceLongerThanTheWindow_IsLeftOutWholeNotCut()
    {
        var huge = "Daftar penerima: " + string.Join(", ", Enumerable.Range(1, 200).Select(i => $"perusahaan nomor {i}")) + ".";
        var article = Article(["Kalimat pertama pendek.", huge, "Kalimat terakhir juga pendek."]);

        var plan = ArticleChunker.Split(article, 100, 1);

        plan.Oversized.ShouldHaveSingleItem().Length.ShouldBe(huge.Length);
        plan.Chunks.ShouldAllBe(c => !article.Text.Substring(c.Start, c.Length).Contains("Daftar", StringComparison.Ordinal));
        plan.Chunks.Count.ShouldBe(2);
    }

    [Fact]
    public void Estimate_CjkCostsMorePerCharacterThanLatin()
    {
        TokenEstimator.Estimate("abcdefg").ShouldBe(2);            // 7 / 3.5
        TokenEstimator.Estimate("정부는예산을").ShouldBe(4);         // 6 / 1.5
        TokenEstimator.Estimate("").ShouldBe(0);
    }
}
