namespace FactPipeline.Core.Tests.Summaries.Digest;

public sealed class KeySentencesTests
{
    private static Core.Model.Claim ClaimAt(Core.Model.Article article, string sentence)
    {
        var start = article.Text.IndexOf(sentence, StringComparison.Ordinal);
        return TestSupport.ClaimBuilder.Money(article.Id, 1m, "KRW") with { Quote = sentence, QuoteStart = start };
    }

    private static Core.Model.Article Article(params string[] sentences) => new()
    {
        Id = "a1", Source = "a.txt", Language = "id", Paragraphs = Core.Model.Article.Layout([string.Join(" ", sentences)]),
    };

    [Fact]
    public void KeySentences_SevenClaimSentences_KeepsFirstFiveInArticleOrder()
    {
        var sentences = Enumerable.Range(1, 7).Select(i => $"Kalimat nomor {i} memuat angka {i} triliun won untuk anggaran.").ToArray();
        var article = Article(sentences);
        var claims = sentences.Reverse().Select(s => ClaimAt(article, s)).ToArray();

        Core.Summaries.Digest.DigestWriter.KeySentences(article, claims).ShouldBe(sentences[..5]);
    }

    [Fact]
    public void KeySentences_OneClaimSentence_TopsUpFromTheLeadToThree()
    {
        string[] sentences =
        [
            "Pemerintah Korea memaparkan strategi kecerdasan buatan nasional di Seoul.",
            "Strategi itu disusun bersama perusahaan teknologi dan universitas besar.",
            "Anggaran AI naik menjadi 10 triliun won pada tahun depan menurut kementerian.",
            "Para pejabat menyebut target itu ambisius tetapi dapat dicapai bersama.",
        ];
        var article = Article(sentences);

        var chosen = Core.Summaries.Digest.DigestWriter.KeySentences(article, [ClaimAt(article, sentences[2])]);

        chosen.Count.ShouldBe(3);
        chosen.ShouldContain(sentences[2]);
        chosen.ShouldBe(chosen.OrderBy(s => article.Text.IndexOf(s, StringComparison.Ordinal)));
    }
}
