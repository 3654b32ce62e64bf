namespace FactPipeline.Core.Extraction;

/// <summary>Reads a declared language tag (&lt;html lang&gt;, og:locale, a feed's language) as an ISO 639-1 code.</summary>
internal static class LanguageTags
{
    // Withdrawn or three-letter codes still seen in the wild for the languages we identify.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["in"] = "id", ["ind"] = "id", ["eng"] = "en", ["kor"] = "ko", ["vie"] = "vi", ["zho"] = "zh", ["chi"] = "zh",
        ["cmn"] = "zh", ["jpn"] = "ja", ["deu"] = "de", ["ger"] = "de", ["spa"] = "es", ["fra"] = "fr", ["fre"] = "fr",
        ["por"] = "pt", ["msa"] = "ms", ["may"] = "ms", ["zsm"] = "ms", ["fil"] = "tl", ["tgl"] = "tl", ["ita"] = "it",
        ["nld"] = "nl", ["dut"] = "nl", ["rus"] = "ru", ["ara"] = "ar", ["tha"] = "th", ["hin"] = "hi",
    };

    /// <summary>"en-US" → "en", "id_ID" → "id", "in" → "id", "fil" → "tl"; null for anything that is not a language ("x-default", "und").</summary>
    public static string? Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }
        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        if (Aliases.TryGetValue(primary, out var alias))
        {
            return alias;
        }
        return primary.Length == 2 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
