using FactPipeline.Core.Model;
using FactPipeline.Core.Quantities;

namespace FactPipeline.Core.Summaries.Checks;

/// <summary>Options for <see cref="SummaryNumberCheck"/>.</summary>
public sealed record SummaryNumberCheckOptions
{
    /// <summary>When true, a source claim whose figure the text leaves out also fails the check.</summary>
    public bool FailOnDropped { get; init; }
}

/// <summary>
/// Outcome of <see cref="SummaryNumberCheck.Check"/>: figures in the generated text that match no source
/// claim ("added or changed") and source claims whose figure the text does not carry ("dropped").
/// </summary>
public sealed record SummaryNumberCheckResult(
    IReadOnlyList<Quantity> Unmatched,
    IReadOnlyList<Claim> Dropped,
    bool Passed)
{
    /// <summary>Required figures (see <see cref="SummaryNumberCheck.Check(string, string, IReadOnlyList{Claim}, IReadOnlyList{Quantity}, IReadOnlyList{Quantity})"/>) the text leaves out.</summary>
    public IReadOnlyList<Quantity> Missing { get; init; } = [];
}

/// <summary>
/// Checks that every number in a summary or translation is a normalized value of a claim in the source
/// article: same kind, same currency for money, and the same amount at the same precision (a rounded
/// "10 trillion" for "10,1 triliun" is a changed figure).
/// </summary>
public sealed class SummaryNumberCheck(IQuantityRecognizer recognizer, SummaryNumberCheckOptions? options = null)
{
    private readonly SummaryNumberCheckOptions _options = options ?? new SummaryNumberCheckOptions();

    public SummaryNumberCheckResult Check(string generatedText, string targetLanguage, IReadOnlyList<Claim> sourceClaims) =>
        Check(generatedText, targetLanguage, sourceClaims, otherSourceFigures: [], required: []);

    /// <summary>
    /// As <see cref="Check(string, string, IReadOnlyList{Claim})"/>, and: <paramref name="otherSourceFigures"/> are
    /// figures of the source that are not claims (bare numbers, durations, a title's figures) — a text may use them
    /// too; <paramref name="required"/> are figures the text must carry (a translated title keeps its title's
    /// figures, a summary the figures a finding flags): each one left out fails the check and is listed in
    /// <see cref="SummaryNumberCheckResult.Missing"/>.
    /// </summary>
    /// <param name="sourceText">
    /// The source article's title and text. When given, the check also fails closed: a run of digits in the
    /// generated text that no recognized figure covers ("2031 researchers" read as a year, "4x") must occur in
    /// the source, unless it is part of a date ("5 December 2025", "2025년 12월 5일").
    /// </param>
    public SummaryNumberCheckResult Check(
        string generatedText, string targetLanguage, IReadOnlyList<Claim> sourceClaims,
        IReadOnlyList<Quantity> otherSourceFigures, IReadOnlyList<Quantity> required, string? sourceText = null)
    {
        ArgumentNullException.ThrowIfNull(generatedText);
        ArgumentNullException.ThrowIfNull(targetLanguage);
        ArgumentNullException.ThrowIfNull(sourceClaims);
        ArgumentNullException.ThrowIfNull(otherSourceFigures);
        ArgumentNullException.ThrowIfNull(required);

        var found = recognizer.Recognize(generatedText, targetLanguage);
        var unmatched = new List<Quantity>();
        var covered = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        foreach (var quantity in found)
        {
            var matches = sourceClaims.Where(c => Matches(quantity, c.Value)).ToList();
            if (matches.Count > 0)
                covered.UnionWith(matches);
            else if (!otherSourceFigures.Any(q => Matches(quantity, q)))
                unmatched.Add(quantity);
        }

        if (sourceText is not null)
        {
            unmatched.AddRange(UncoveredDigits.Find(generatedText, found, sourceText));
        }

        var dropped = sourceClaims.Where(c => !covered.Contains(c)).ToList();
        var missing = required.Where(r => !found.Any(q => Matches(q, r))).ToList();
        var passed = unmatched.Count == 0 && missing.Count == 0 && (!_options.FailOnDropped || dropped.Count == 0);
        return new SummaryNumberCheckResult(unmatched, dropped, passed) { Missing = missing };
    }

    /// <summary>Same kind (any kind for a bare number), same currency for money, and the same amount within the generated figure's step.</summary>
    internal static bool Matches(Quantity generated, Quantity source)
    {
        // A bare number in the text ("two finalists" read without its noun) is only held to the amount: the noun
        // that made the source figure a count may be phrased in a way the recognizer does not know.
        if (generated.Kind != source.Kind && generated.Kind != QuantityKind.Number)
            return false;
        if (generated.Kind == QuantityKind.Money
            && !string.Equals(generated.Unit, source.Unit, StringComparison.OrdinalIgnoreCase))
            return false;
        // "12 years" is not "12 universities".
        if (generated.Kind == QuantityKind.Count && source.Kind == QuantityKind.Count
            && Claims.ClaimExtractor.IsDuration(generated.Unit) != Claims.ClaimExtractor.IsDuration(source.Unit))
            return false;
        // A range is the same range: "11 trillion" is not "10-12 triliun", and "9-13" is not "10-12".
        if ((generated.Hedge == Hedge.Range) != (source.Hedge == Hedge.Range))
            return false;
        if (generated.Hedge == Hedge.Range)
            return SameAmount(generated.Low, source.Low, generated.Step, source.Step)
                && SameAmount(generated.High, source.High, generated.Step, source.Step);
        // "more than", "less than", "up to" change what a figure says; leaving a hedge out or adding "about" does not.
        if (generated.Hedge is Hedge.Above or Hedge.AtLeast or Hedge.Below or Hedge.AtMost && LowerBound(generated.Hedge) != LowerBound(source.Hedge))
            return false;
        return SameAmount(generated.Amount, source.Amount, generated.Step, source.Step);
    }

    // "more than" and "at least" are one lower bound in a summary: Korean writes both as "이상".
    private static Hedge LowerBound(Hedge hedge) => hedge == Hedge.AtLeast ? Hedge.Above : hedge;

    // Within half of the finer of the two steps: the same figure at the same precision. The coarser step would
    // let "10 trillion" stand for "10,1 triliun" — rounding away exactly the difference a finding flags.
    private static bool SameAmount(decimal? generated, decimal? source, decimal generatedStep, decimal sourceStep)
    {
        if (generated is not { } g || source is not { } s)
            return generated == source;
        if (g == s)
            return true;
        var step = Math.Min(generatedStep, sourceStep);
        return step > 0 && Math.Abs(g - s) * 2 <= step;
    }
}
