using FactPipeline.Core.Model;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Weighs what a page or feed declares (&lt;html lang&gt;, og:locale, a source's configured language) against
/// what its text says. Declarations are often wrong (a CMS default of "en-US" on an Indonesian site, a German
/// page labelled English), so they are evidence, not the last word: the text wins when it is sure and disagrees.
/// A declaration wins when the text agrees, when the two are close varieties that text alone separates poorly
/// (Indonesian and Malay: the site knows which it is), or when the text is unsure and gives the declared
/// language real weight.
/// </summary>
internal static class LanguageEvidence
{
    /// <summary>Below this confidence in its best language, the text is unsure.</summary>
    internal const double SureConfidence = 0.6;

    /// <summary>When the text is unsure, a declared language needs at least this much support from it.</summary>
    internal const double MinDeclaredSupport = 0.1;

    private static readonly HashSet<(string, string)> CloseVarieties = [("id", "ms"), ("ms", "id")];

    /// <param name="text">What the text says.</param>
    /// <param name="declarations">Declared tags, most trusted first (a source's configured language, then the page's own); nulls skipped.</param>
    /// <returns>An ISO 639-1 code, or "und".</returns>
    public static string Resolve(LanguageGuess text, IEnumerable<string?> declarations)
    {
        var declared = declarations.Select(LanguageTags.Primary).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (text.IsUndetermined)
        {
            return declared.FirstOrDefault() ?? SupportedLanguages.Undetermined;
        }
        foreach (var language in declared)
        {
            if (language == text.Language || CloseVarieties.Contains((language, text.Language)))
            {
                return language;
            }
        }
        if (text.Confidence < SureConfidence)
        {
            foreach (var language in declared)
            {
                if (text.ConfidenceOf(language) >= MinDeclaredSupport)
                {
                    return language;
                }
            }
        }
        return text.Language;
    }
}
