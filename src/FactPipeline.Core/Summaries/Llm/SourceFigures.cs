using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Quantities;

namespace FactPipeline.Core.Summaries.Llm;

/// <summary>
/// An article's figures as the summary prompt lists them and the number check uses them: its claims written the
/// reader's way, the other figures of its text and title (bare numbers, durations: allowed, not listed), the
/// title's figures (a translated title must keep them) and the flagged claims a summary must keep.
/// </summary>
internal sealed class SourceFigures
{
    private readonly Dictionary<Quantity, string> _written;

    private SourceFigures(Dictionary<Quantity, string> written) => _written = written;

    /// <summary>Figures of the text and title that are not claims: a summary may use them.</summary>
    public IReadOnlyList<Quantity> Other { get; private init; } = [];

    /// <summary>Money, percent, count and multiplier figures of the original title.</summary>
    public IReadOnlyList<Quantity> TitleFigures { get; private init; } = [];

    /// <summary>Values of the article's claims that a finding flags (conflict or minor).</summary>
    public IReadOnlyList<Quantity> Required { get; private init; } = [];

    /// <summary>"- AI budget: 10.1 trillion won (article: "10,1 triliun won")", once per distinct figure.</summary>
    public IReadOnlyList<string> PromptLines { get; private init; } = [];

    /// <summary>The required figures written the reader's way, one per line.</summary>
    public IReadOnlyList<string> RequiredLines { get; private init; } = [];

    /// <summary>A source figure written the reader's way (for notes and feedback).</summary>
    public string Describe(Quantity quantity) => _written.GetValueOrDefault(quantity) ?? quantity.Text;

    public static SourceFigures Of(
        Article article, string language, IReadOnlyList<Claim> claims, IReadOnlySet<string> flagged,
        IQuantityRecognizer recognizer, ConceptLexicon lexicon)
    {
        var titleQuantities = string.IsNullOrWhiteSpace(article.Title) ? [] : recognizer.Recognize(article.Title, article.Language);
        var titleFigures = titleQuantities.Where(q => q.Kind != QuantityKind.Number).ToArray();
        var claimed = claims.Select(c => c.Value).ToArray();
        var other = recognizer.Recognize(article.Text, article.Language)
            .Concat(titleQuantities)
            .Where(q => !claimed.Any(c => c.Kind == q.Kind && c.Amount == q.Amount && c.Unit == q.Unit))
            .ToArray();
        var written = new Dictionary<Quantity, string>(ReferenceEqualityComparer.Instance);
        var lines = new List<string>();
        var required = new List<string>();
        foreach (var claim in claims.OrderBy(c => c.QuoteStart))
        {
            var figure = ClaimFigure.Format(claim, language, lexicon);
            written[claim.Value] = figure;
            var concept = lexicon.Find(claim.Concept) is { IsUnit: false } c ? (language == "ko" ? c.Ko : c.En) + ": " : "";
            lines.Add($"- {concept}{figure} (article: \"{claim.Value.Text.Trim()}\")");
            if (flagged.Contains(claim.Id))
            {
                required.Add($"- {figure}");
            }
        }
        foreach (var q in titleFigures)
        {
            var figure = AmountFormatter.FormatInterval(q, language);
            written[q] = figure;
            lines.Add($"- {figure} (title: \"{q.Text.Trim()}\")");
        }
        return new SourceFigures(written)
        {
            Other = other,
            TitleFigures = titleFigures,
            Required = [.. claims.Where(c => flagged.Contains(c.Id)).Select(c => c.Value)],
            PromptLines = [.. lines.Distinct(StringComparer.Ordinal)],
            RequiredLines = [.. required.Distinct(StringComparer.Ordinal)],
        };
    }
}
