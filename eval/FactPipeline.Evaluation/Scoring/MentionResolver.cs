using FactPipeline.Core.Model;
using FactPipeline.Evaluation.Gold;
using FactPipeline.Evaluation.Running;

namespace FactPipeline.Evaluation.Scoring;

/// <summary>
/// Resolves a gold mention to the claim whose value span overlaps the mention's position in the extracted
/// article text (the most overlapping one when several do).
/// </summary>
internal sealed class MentionResolver(CorpusRun run)
{
    public MentionResolution Resolve(GoldMention mention)
    {
        if (string.IsNullOrEmpty(mention.File) || string.IsNullOrEmpty(mention.Text))
        {
            return new MentionResolution(mention, null, "mention without file or text");
        }
        if (!run.ArticleBySource.TryGetValue(mention.File, out var article))
        {
            var problem = run.Problems.FirstOrDefault(p => string.Equals(p.Source, mention.File, StringComparison.Ordinal));
            return new MentionResolution(mention, null, problem is null ? "file not in the run" : "no article: " + problem.Reason);
        }
        if (TextLocator.Find(article.Text, mention.Text) is not { } span)
        {
            return new MentionResolution(mention, null, "text not in the extracted article");
        }
        var claim = run.ClaimsByArticle[article.Id]
            .Select(c => (Claim: c, Overlap: Overlap(c.Value, span.Start, span.Start + span.Length)))
            .Where(x => x.Overlap > 0)
            .OrderByDescending(x => x.Overlap)
            .ThenBy(x => x.Claim.Value.Start)
            .Select(x => x.Claim)
            .FirstOrDefault();
        return claim is null
            ? new MentionResolution(mention, null, "no claim at this figure")
            : new MentionResolution(mention, claim, null);
    }

    private static int Overlap(Quantity value, int start, int end) => Math.Min(value.End, end) - Math.Max(value.Start, start);
}
