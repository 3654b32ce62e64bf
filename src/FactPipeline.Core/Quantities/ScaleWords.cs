namespace FactPipeline.Core.Quantities;

/// <summary>A scale word after a digit number: "juta", "million", "bn", "k", "triệu".</summary>
/// <param name="Surface">The written form.</param>
/// <param name="Value">The multiplier.</param>
/// <param name="CaseSensitive">"M" (id: miliar) and "T" must be upper case.</param>
/// <param name="AttachedOnly">Only directly after the digits ("10k", "1.2b").</param>
/// <param name="MoneyOnly">Only accepted when the amount turns out to be money ("Rp 5 M", "$5m").</param>
internal readonly record struct ScaleWord(string Surface, decimal Value, bool CaseSensitive = false, bool AttachedOnly = false, bool MoneyOnly = false);

internal static class ScaleWords
{
    public const decimal Thousand = 1_000m;
    public const decimal Million = 1_000_000m;
    public const decimal Billion = 1_000_000_000m;
    public const decimal Trillion = 1_000_000_000_000m;

    private static readonly ScaleWord[] Shared =
    [
        new("k", Thousand, AttachedOnly: true),
        new("K", Thousand, AttachedOnly: true),
    ];

    private static readonly ScaleWord[] Indonesian =
    [
        new("ribu", Thousand), new("rb", Thousand), new("juta", Million), new("jt", Million),
        new("miliar", Billion), new("milyar", Billion), new("triliun", Trillion), new("ratus", 100m),
        // "Rp 5 M" is 5 miliar in Indonesian money talk; a bare "3M" keeps the international reading (million).
        new("M", Billion, CaseSensitive: true, MoneyOnly: true),
        new("M", Million, CaseSensitive: true, AttachedOnly: true),
        new("T", Trillion, CaseSensitive: true, MoneyOnly: true),
    ];

    private static readonly ScaleWord[] English =
    [
        new("thousand", Thousand), new("million", Million), new("billion", Billion), new("trillion", Trillion),
        new("hundred", 100m), new("lakh", 100_000m), new("crore", 10_000_000m), new("dozens", 12m), new("dozen", 12m),
        new("bn", Billion), new("bln", Billion), new("mn", Million), new("mln", Million), new("mil", Million),
        new("tn", Trillion), new("tln", Trillion), new("MM", Million, CaseSensitive: true),
        new("M", Million, CaseSensitive: true, AttachedOnly: true),
        new("B", Billion, CaseSensitive: true, AttachedOnly: true),
        new("b", Billion, CaseSensitive: true, AttachedOnly: true),
        new("T", Trillion, CaseSensitive: true, AttachedOnly: true, MoneyOnly: true),
        new("m", Million, CaseSensitive: true, AttachedOnly: true, MoneyOnly: true),
    ];

    private static readonly ScaleWord[] Vietnamese =
    [
        // "1,5 nghìn tỷ" is 1.5 trillion: the compound must win over its first word.
        new("nghìn tỷ", Trillion), new("nghìn tỉ", Trillion), new("ngàn tỷ", Trillion), new("ngàn tỉ", Trillion),
        new("nghìn", Thousand), new("ngàn", Thousand), new("triệu", Million), new("tỷ", Billion), new("tỉ", Billion),
        new("trăm", 100m), new("M", Million, CaseSensitive: true, AttachedOnly: true),
    ];

    /// <summary>Matches a scale word at <paramref name="index"/> (after the number, spaces not yet skipped).</summary>
    public static bool TryMatch(string text, int index, QuantityLanguage language, bool moneyContext, out ScaleWord scale, out int end)
    {
        scale = default;
        end = index;
        var afterSpace = TextChars.SkipSpaces(text, index, 1);
        var list = language switch
        {
            QuantityLanguage.Indonesian => Indonesian,
            QuantityLanguage.Vietnamese => Vietnamese,
            _ => English,
        };

        foreach (var table in (ReadOnlySpan<ScaleWord[]>)[list, Shared])
        {
            foreach (var candidate in table)
            {
                if (candidate.MoneyOnly && !moneyContext)
                {
                    continue;
                }

                var at = candidate.AttachedOnly ? index : afterSpace;
                if (candidate.AttachedOnly && at != index)
                {
                    continue;
                }

                if (Matches(text, at, candidate))
                {
                    scale = candidate;
                    end = at + candidate.Surface.Length;
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Matches(string text, int at, ScaleWord candidate)
    {
        var s = candidate.Surface;
        if (at + s.Length > text.Length)
        {
            return false;
        }

        var comparison = candidate.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (!text.AsSpan(at, s.Length).Equals(s, comparison))
        {
            return false;
        }

        var next = TextChars.CharAt(text, at + s.Length);
        return !TextChars.IsWordLetter(next) && !TextChars.IsAsciiDigit(next);
    }
}
