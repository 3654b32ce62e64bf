using System.Collections.Frozen;

namespace FactPipeline.Core.Model;

/// <summary>
/// The languages whose figures the recognizer reads: Indonesian, English, Korean, Vietnamese and Chinese.
/// An article in any other language is stored with its real ISO 639-1 code but set aside: it yields no
/// claims, because its numbers would be read with another language's rules ("1.400" in German is not 1.4).
/// </summary>
public static class SupportedLanguages
{
    /// <summary>"und": the language could not be told (too little text, or a language we do not identify).</summary>
    public const string Undetermined = "und";

    public static readonly FrozenSet<string> Codes = FrozenSet.ToFrozenSet(["id", "en", "ko", "vi", "zh"], StringComparer.Ordinal);

    /// <summary>True when claims are extracted from articles in <paramref name="language"/> (ISO 639-1).</summary>
    public static bool Contains(string? language) => language is not null && Codes.Contains(language);
}
