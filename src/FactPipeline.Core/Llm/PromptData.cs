using System.Text.RegularExpressions;

namespace FactPipeline.Core.Llm;

/// <summary>
/// Untrusted text (article text, titles, quotes) on its way into a prompt. Prompts without message tags reach the
/// model as one decoded user message, so an article containing "&lt;/article&gt;" could close the data block and
/// write instructions after it; such delimiter tags are defused. Nothing else changes, so quotes stay groundable.
/// </summary>
public static partial class PromptData
{
    public const string DefusedTag = "[article tag removed]";

    public static string Defuse(string untrusted)
    {
        ArgumentNullException.ThrowIfNull(untrusted);
        return untrusted.Contains("article", StringComparison.OrdinalIgnoreCase)
            ? DelimiterTag().Replace(untrusted, DefusedTag)
            : untrusted;
    }

    // <article>, </article>, < / ARTICLE foo="x" >, and their full-width look-alikes ＜／article＞.
    [GeneratedRegex(@"[<＜‹]\s*[/／]?\s*article\b[^>＞›]*[>＞›]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DelimiterTag();
}
