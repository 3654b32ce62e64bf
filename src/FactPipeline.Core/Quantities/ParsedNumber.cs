namespace FactPipeline.Core.Quantities;

/// <summary>A number read from the text before units are attached.</summary>
/// <param name="Start">First character of the number.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Value">The value.</param>
/// <param name="Step">Place value of the last written digit (times any scale already applied).</param>
/// <param name="IsPlainInteger">Digits only, no separators, decimals, scales or words ("2025").</param>
/// <param name="IsSpelled">Written (at least partly) as words ("lima", "삼십", "三").</param>
internal readonly record struct ParsedNumber(int Start, int End, decimal Value, decimal Step, bool IsPlainInteger, bool IsSpelled)
{
    /// <summary>An ordinal written as words ("twenty fifth", "one hundred fifth"): not a quantity.</summary>
    public bool IsOrdinal { get; init; }

    public int Length => End - Start;
}
