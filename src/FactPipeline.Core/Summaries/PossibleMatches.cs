using System.Globalization;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Summaries;

/// <summary>
/// How every report names <see cref="Severity.Possible"/> findings: pairs that are probably, not surely, the same
/// fact. They are never counted as conflicts or minor. report.json always lists them; the console, the Markdown
/// reports and the digests hide them unless asked (<c>--show-possible</c>), and then show them in a section of their
/// own under <see cref="Heading"/>. One place for the words, so all the outputs say the same thing.
/// </summary>
public static class PossibleMatches
{
    public static bool IsPossible(Finding finding) => finding.Severity == Severity.Possible;

    /// <summary>
    /// The findings that were checked across sources (conflict, minor, consistent), in the given order; corrections,
    /// one source against itself, have their own section (<see cref="CorrectionSection"/>).
    /// </summary>
    public static IEnumerable<Finding> Checked(IEnumerable<Finding> findings) =>
        findings.Where(f => !IsPossible(f) && !CorrectionSection.IsCorrection(f));

    public static IEnumerable<Finding> Possible(IEnumerable<Finding> findings) => findings.Where(IsPossible);

    /// <summary>The section heading where the possible matches are listed.</summary>
    public static string Heading(string language) => language == "ko"
        ? "동일 사실 여부 미확인 (다른 대상일 수 있음)"
        : "Possible matches (not checked: the sources may be about different things)";

    /// <summary>The tag before each possible match, where checked findings say CONFLICT, MINOR or CONSISTENT.</summary>
    public static string Tag(string language) => language == "ko" ? "미확인" : "POSSIBLE";

    /// <summary>Shown under the heading when possible matches were asked for and there are none.</summary>
    public static string None(string language) => language == "ko"
        ? "동일 사실 여부를 확인하지 못한 쌍이 없습니다."
        : "No possible matches.";

    /// <summary>
    /// The sentence added to a summary line when possible matches are hidden, or null when there are none:
    /// "3 possible matches hidden; --show-possible lists them".
    /// </summary>
    public static string? HiddenNote(int count, string language)
    {
        if (count <= 0)
        {
            return null;
        }
        var n = count.ToString(CultureInfo.InvariantCulture);
        if (language == "ko")
        {
            return $"동일 사실 여부 미확인 {n}건 숨김; --show-possible로 표시";
        }
        return count == 1
            ? "1 possible match hidden; --show-possible lists it"
            : $"{n} possible matches hidden; --show-possible lists them";
    }

    /// <summary>The sentence added to a summary line when possible matches are shown, or null when there are none.</summary>
    public static string? ShownNote(int count, string language)
    {
        if (count <= 0)
        {
            return null;
        }
        var n = count.ToString(CultureInfo.InvariantCulture);
        if (language == "ko")
        {
            return $"동일 사실 여부 미확인 {n}건은 따로 표시";
        }
        return count == 1 ? "1 possible match listed apart" : $"{n} possible matches listed apart";
    }

    /// <summary>The note for a summary line: <see cref="ShownNote"/> or <see cref="HiddenNote"/>, or null.</summary>
    public static string? Note(int count, bool shown, string language) =>
        shown ? ShownNote(count, language) : HiddenNote(count, language);
}
