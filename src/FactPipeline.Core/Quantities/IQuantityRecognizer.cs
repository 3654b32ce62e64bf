using FactPipeline.Core.Model;

namespace FactPipeline.Core.Quantities;

/// <summary>Deterministic multilingual recognizer of numbers, money, percentages, counts and multipliers.</summary>
public interface IQuantityRecognizer
{
    /// <summary>
    /// Finds quantities in running text written in <paramref name="language"/> (id, en, ko, vi, zh).
    /// Years and calendar dates are not quantities and are not returned. Results are ordered by Start
    /// and do not overlap.
    /// </summary>
    IReadOnlyList<Quantity> Recognize(string text, string language);
}
