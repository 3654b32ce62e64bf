using System.Text;
using FactPipeline.Core.Summaries.Digest;

namespace FactPipeline.Core.Summaries.Llm;

/// <summary>
/// Makes generated text use the glossary's names: a glossary name the model left in another language
/// ("Kementerian Komunikasi dan Digital" or "과학기술정보통신부" in an English summary) is replaced by the
/// entry's name in the reader's language. Aliases are left alone: they are spellings the glossary accepts.
/// Units ("triliun won" / "조 원") are left to the number check: they are part of a figure, and the figure
/// list tells the model how to write them.
/// </summary>
internal static class GlossaryNames
{
    /// <summary>The text with foreign-language glossary names replaced, and how many were replaced.</summary>
    public static (string Text, int Corrected) Enforce(Glossary glossary, string text, string targetLanguage)
    {
        var hits = glossary.Find(text);
        if (hits.Count == 0)
        {
            return (text, 0);
        }
        var result = new StringBuilder(text.Length);
        var corrected = 0;
        var at = 0;
        foreach (var hit in hits)
        {
            var written = text.Substring(hit.Start, hit.Length);
            var wanted = hit.Entry.NameIn(targetLanguage);
            result.Append(text, at, hit.Start - at);
            if (hit.Entry.Kind != "unit" && IsOtherLanguageName(hit.Entry, written, targetLanguage))
            {
                result.Append(wanted);
                corrected++;
            }
            else
            {
                result.Append(written);
            }
            at = hit.Start + hit.Length;
        }
        result.Append(text, at, text.Length - at);
        return (result.ToString(), corrected);
    }

    /// <summary>
    /// The glossary lines the prompt gives the model: "name as the article writes it → name to write", once per
    /// entry. The article's own spelling (an alias such as "Kementerian Sains dan TIK") is what the model sees.
    /// </summary>
    public static IReadOnlyList<string> PromptLines(Glossary glossary, string articleText, string targetLanguage)
    {
        return glossary.Find(articleText)
            .Where(hit => hit.Entry.Kind != "unit")
            .Select(hit => (Written: articleText.Substring(hit.Start, hit.Length), hit.Entry))
            .DistinctBy(h => h.Entry)
            .Select(h => $"{h.Written} → {h.Entry.NameIn(targetLanguage)}")
            .ToArray();
    }

    private static bool IsOtherLanguageName(GlossaryEntry entry, string written, string targetLanguage)
    {
        var wanted = entry.NameIn(targetLanguage);
        if (string.Equals(written, wanted, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return new[] { "id", "en", "ko" }
            .Where(language => language != targetLanguage)
            .Any(language => string.Equals(entry.NameIn(language), written, StringComparison.OrdinalIgnoreCase));
    }
}
