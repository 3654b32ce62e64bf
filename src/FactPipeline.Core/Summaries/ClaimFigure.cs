using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;

namespace FactPipeline.Core.Summaries;

/// <summary>
/// A claim's figure written for a reader of the target language. Counts are named by their concept, not by
/// the source noun: "260,000 GPUs" / "GPU 26만 장" rather than "260,000 pemroses".
/// </summary>
public static class ClaimFigure
{
    public static string Format(Claim claim, string language, ConceptLexicon lexicon)
    {
        var q = claim.Value;
        if (q.Kind != QuantityKind.Count || lexicon.Find(claim.Concept) is not { IsUnit: true } concept)
        {
            return AmountFormatter.FormatInterval(q, language);
        }
        if (language != "ko")
        {
            return AmountFormatter.FormatInterval(q with { Unit = concept.En }, "en");
        }
        var counter = concept.CounterKo ?? "개";
        var figure = AttachCounter(AmountFormatter.FormatInterval(q with { Unit = counter }, "ko"), counter);
        return $"{concept.Ko} {figure}";
    }

    /// <summary>
    /// Counters attach to a digit in Korean (5개, 300곳, 2,000명) but not to a myriad word (5만 개, 26만 장): the
    /// space of every "digit, space, counter" goes, left to right, as a regex replace of <c>(\d) (counter)</c> with
    /// <c>$1$2</c> would do, without building a regex per counter on every figure of a report.
    /// </summary>
    internal static string AttachCounter(string figure, string counter)
    {
        var gap = " " + counter;
        var at = figure.Length < 2 ? -1 : figure.IndexOf(gap, 1, StringComparison.Ordinal);
        if (at < 0)
        {
            return figure;
        }
        var attached = new System.Text.StringBuilder(figure.Length);
        var copied = 0;
        for (; at > 0; at = at + 1 < figure.Length ? figure.IndexOf(gap, at + 1, StringComparison.Ordinal) : -1)
        {
            // The digit before the space starts the match: it must not lie in the part an earlier match consumed.
            if (at - 1 < copied || !char.IsDigit(figure[at - 1]))
            {
                continue;
            }
            attached.Append(figure, copied, at - copied).Append(counter);
            copied = at + gap.Length;
            at = copied - 1;
        }
        return attached.Append(figure, copied, figure.Length - copied).ToString();
    }
}
