namespace FactPipeline.Core.Extraction;

/// <summary>
/// Removes non-article units from a list of candidate paragraphs (plain-text lines or HTML blocks).
/// Photo captions that a scraper left twice in a row are dropped entirely, both copies: a caption
/// describes a picture, it is not article text, and its numbers would become bogus claims.
/// </summary>
internal static class ParagraphCleaner
{
    /// <summary>Consecutive short lines without sentence punctuation from this many on are a link list.</summary>
    public const int LinkListRun = 3;

    /// <param name="units">Candidate paragraphs in page order.</param>
    /// <param name="plainText">
    /// The units come from plain text, with no markup to tell furniture by: runs of short link-like lines and long
    /// non-sentence lines said again further on (a re-rendered teaser or heading) go too. An HTML page's structure has
    /// already removed those, and there a line said twice is the page's own (a meal plan's day repeated in a week).
    /// </param>
    public static List<string> Clean(IReadOnlyList<string> units, bool plainText)
    {
        var result = DropRepeatedUnits(units, plainText);
        result = CutTrailingSections(result);
        result = result.Where(unit => !Boilerplate.IsBoilerplateLine(unit)).ToList();
        if (plainText)
        {
            result = DropLinkListRuns(result);
        }
        return result
            .Select(Boilerplate.StripTrailingSignature)
            .Select(unit => unit.Trim())
            .Where(unit => unit.Length > 0)
            .ToList();
    }

    /// <summary>
    /// A unit immediately repeated is a caption (or "No data" filler): drop every copy. In plain text, a long unit that
    /// is not a sentence repeated further away is a re-rendered teaser or heading: keep the first (on HTML pages this
    /// cost AEB 0.001 and two pages and gained nothing on either set). A paragraph of prose is kept every time the page
    /// says it: repeated prose is the article's own (measured: dropping it cost the Mozilla set 0.04 text F1 and gained
    /// nothing on AEB).
    /// </summary>
    internal static List<string> DropRepeatedUnits(IReadOnlyList<string> units, bool dropFarRepeats)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var repeatsNeighbour = (i > 0 && units[i - 1] == unit) || (i + 1 < units.Count && units[i + 1] == unit);
            if (IsProse(unit))
            {
                result.Add(unit);
                continue;
            }
            if (repeatsNeighbour)
            {
                // Doubled in a row and not a finished sentence: a caption rendered twice (alt text and figcaption,
                // "… (Foto: Humas)").
                continue;
            }
            if (dropFarRepeats && unit.Length >= TextShape.ShortLineChars && !seen.Add(unit))
            {
                continue;
            }
            result.Add(unit);
        }
        return result;
    }

    /// <summary>From a comments/related-content marker on, drop everything unless real prose follows.</summary>
    internal static List<string> CutTrailingSections(List<string> units)
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (Boilerplate.IsEndMarker(units[i]) && !units.Skip(i + 1).Any(IsSubstantialParagraph))
            {
                return units.Take(i).ToList();
            }
        }
        return units;
    }

    /// <summary>Runs of short non-sentence lines ("related" lists, menus, tag clouds) are not article text.</summary>
    internal static List<string> DropLinkListRuns(List<string> units)
    {
        var result = new List<string>();
        var i = 0;
        while (i < units.Count)
        {
            var end = i;
            while (end < units.Count && TextShape.IsShortNonSentence(units[end]))
            {
                end++;
            }
            if (end - i >= LinkListRun)
            {
                i = end;
                continue;
            }
            result.AddRange(units.Skip(i).Take(Math.Max(1, end - i)));
            i = Math.Max(i + 1, end);
        }
        return result;
    }

    private static bool IsProse(string unit) => unit.Length >= TextShape.ShortLineChars && TextShape.EndsLikeSentence(unit);

    private static bool IsSubstantialParagraph(string unit) =>
        unit.Length >= 200 && unit.Contains(". ", StringComparison.Ordinal);
}
