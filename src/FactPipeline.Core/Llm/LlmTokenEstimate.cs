using System.Globalization;

namespace FactPipeline.Core.Llm;

/// <summary>
/// A rough token count for text we have not sent yet (budget and context-window checks, and servers that
/// report no usage). About 4 characters per token for alphabetic scripts; Han, kana and Hangul characters
/// are closer to one token each, which matters for Chinese and Korean articles.
/// </summary>
public static class LlmTokenEstimate
{
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double tokens = 0;
        foreach (var c in text)
        {
            tokens += IsDenseScript(c) ? 1.0 : 0.25;
        }
        return (int)Math.Ceiling(tokens);
    }

    private static bool IsDenseScript(char c) =>
        c is >= '\u3040' and <= '\u30FF' // kana
            or >= '\u3400' and <= '\u9FFF' // CJK ideographs
            or >= '\uAC00' and <= '\uD7AF' // Hangul syllables
            or >= '\u1100' and <= '\u11FF'
        || char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c > '\u2E80';
}
