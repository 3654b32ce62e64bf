namespace FactPipeline.Core.Quantities;

/// <summary>The languages the recognizer knows; anything else is read as English.</summary>
internal enum QuantityLanguage
{
    Indonesian,
    English,
    Korean,
    Vietnamese,
    Chinese,
}

internal static class QuantityLanguages
{
    public static QuantityLanguage Parse(string? language)
    {
        if (string.IsNullOrEmpty(language) || language.Length < 2)
        {
            return QuantityLanguage.English;
        }

        return char.ToLowerInvariant(language[0]) switch
        {
            'i' when char.ToLowerInvariant(language[1]) is 'd' or 'n' => QuantityLanguage.Indonesian,
            'm' when char.ToLowerInvariant(language[1]) == 's' => QuantityLanguage.Indonesian,
            'k' when char.ToLowerInvariant(language[1]) == 'o' => QuantityLanguage.Korean,
            'v' when char.ToLowerInvariant(language[1]) == 'i' => QuantityLanguage.Vietnamese,
            'z' when char.ToLowerInvariant(language[1]) == 'h' => QuantityLanguage.Chinese,
            _ => QuantityLanguage.English,
        };
    }

    /// <summary>id and vi write "1.234,5"; en, ko and zh write "1,234.5".</summary>
    public static bool UsesDecimalComma(this QuantityLanguage language) =>
        language is QuantityLanguage.Indonesian or QuantityLanguage.Vietnamese;

    public static bool IsCjk(this QuantityLanguage language) =>
        language is QuantityLanguage.Korean or QuantityLanguage.Chinese;
}
