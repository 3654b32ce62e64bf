using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims.Llm;

/// <summary>A run of whole sentences of <see cref="Article.Text"/> sent to the model in one call.</summary>
/// <param name="Start">Offset of the first sentence in the article text.</param>
/// <param name="Length">Up to the end of the last sentence (paragraph breaks in between are kept).</param>
internal sealed record ArticleChunk(int Index, int Start, int Length, int FirstSentence, int SentenceCount)
{
    public int End => Start + Length;
}

internal sealed record ChunkPlan(IReadOnlyList<ArticleChunk> Chunks, IReadOnlyList<(int Start, int Length)> Sentences, IReadOnlyList<(int Start, int Length)> Oversized);

/// <summary>
/// Splits an article into chunks that fit the model's window. Chunks are made of whole sentences (split per
/// paragraph by <see cref="SentenceSplitter"/>, the same split the rules quote), and each one after the first
/// repeats the last <c>overlap</c> sentences of the previous chunk, so a claim near a cut is seen in full. A
/// sentence too long to fit alone is never cut: it is left out and reported.
/// </summary>
internal static class ArticleChunker
{
    public static ChunkPlan Split(Article article, int budgetTokens, int overlapSentences)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(budgetTokens, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(overlapSentences);
        var text = article.Text;
        var sentences = new List<(int Start, int Length)>();
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var (start, length) in SentenceSplitter.Split(paragraph.Text))
            {
                sentences.Add((paragraph.Start + start, length));
            }
        }

        // Prefix counts of Latin and CJK characters: the cost of any span in O(1), exactly as TokenEstimator counts it.
        var latin = new long[text.Length + 1];
        var cjk = new long[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            var isCjk = TokenEstimator.IsCjk(text[i]);
            latin[i + 1] = latin[i] + (isCjk ? 0 : 1);
            cjk[i + 1] = cjk[i] + (isCjk ? 1 : 0);
        }
        bool Fits(int first, int last)
        {
            var from = sentences[first].Start;
            var to = sentences[last].Start + sentences[last].Length;
            return TokenEstimator.Tokens(latin[to] - latin[from], cjk[to] - cjk[from]) <= budgetTokens;
        }

        var chunks = new List<ArticleChunk>();
        var oversized = new List<(int, int)>();
        var next = 0;
        while (next < sentences.Count)
        {
            var first = next;
            if (!Fits(first, first))
            {
                oversized.Add(sentences[first]);
                next++;
                continue;
            }
            var last = first;
            while (last + 1 < sentences.Count && Fits(first, last + 1))
            {
                last++;
            }
            var start = sentences[first].Start;
            var end = sentences[last].Start + sentences[last].Length;
            chunks.Add(new ArticleChunk(chunks.Count, start, end - start, first, last - first + 1));
            if (last + 1 >= sentences.Count)
            {
                break;
            }
            // The next chunk must take the next new sentence; it repeats as many of the previous sentences as fit.
            next = Math.Max(first + 1, last + 1 - overlapSentences);
            while (next <= last && !Fits(next, last + 1))
            {
                next++;
            }
        }
        return new ChunkPlan(chunks, sentences, oversized);
    }
}
