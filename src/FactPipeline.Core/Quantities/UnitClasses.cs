using System.Collections.Frozen;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Quantities;

/// <summary>
/// What a counted noun is: a thing people count ("korban", "명"), a unit of measure ("ton", "km"), a span of time ("tahun",
/// "년간") or an age ("세", "tuổi"). The lists are data (unit-classes.quantities.json, all five languages), loaded once.
/// Units are matched case-insensitively across languages, because a <see cref="Model.Quantity"/> does not carry its language.
/// </summary>
internal static class UnitClasses
{
    private static readonly Data Loaded = Load();

    /// <summary>The language codes every class must cover.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["id", "en", "ko", "vi", "zh"];

    /// <summary>Nouns that make a year-like number a count ("2000 korban", "2025 siswa").</summary>
    public static FrozenSet<string> Counted => Loaded.Counted;

    /// <summary>Units of measure ("ton", "km", "톤", "tấn", "公里").</summary>
    public static FrozenSet<string> Measures => Loaded.Measures;

    /// <summary>Spans of time ("tahun", "years", "년간", "năm", "个月").</summary>
    public static FrozenSet<string> Durations => Loaded.Durations;

    /// <summary>Ages ("세", "살", "tuổi", "岁").</summary>
    public static FrozenSet<string> Ages => Loaded.Ages;

    /// <summary>Spoonfuls and pinches of a recipe ("tablespoons", "sdm", "큰술"): an ingredient's amount, no reported fact.</summary>
    public static FrozenSet<string> Kitchen => Loaded.Kitchen;

    /// <summary>The raw lists per class and language, for tests that every class covers the five languages.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> ByLanguage => Loaded.ByLanguage;

    /// <summary>What may follow a Chinese number as its unit (classifiers and measures), by first character, longest first.</summary>
    internal static FrozenDictionary<char, string[]> ChineseUnitsByFirst => Loaded.ChineseUnits;

    internal static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountedLookup { get; } = Loaded.Counted.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A span of time or an age: read, but no claim ("5년간", "selama tiga tahun", "45세").</summary>
    public static bool IsDurationOrAge(string unit) => Durations.Contains(unit) || Ages.Contains(unit);

    public static bool IsMeasure(string unit) => Measures.Contains(unit);

    /// <summary>A recipe's spoonful or pinch: read, but no claim ("6 tablespoons flour").</summary>
    public static bool IsKitchen(string? unit) => unit is not null && Kitchen.Contains(unit);

    /// <summary>
    /// Where a unit of measure written right after a number ends ("21만4천t", "512㎞", "100km"): a run of Latin letters
    /// or unit symbols that is a known measure; <paramref name="end"/> itself when there is none.
    /// </summary>
    public static int GluedMeasureEnd(string text, int end)
    {
        var i = end;
        while (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] is >= '\u3380' and <= '\u33DF'))
        {
            i++;
        }
        return i > end && IsMeasure(text[end..i]) ? i : end;
    }

    private sealed record Data(
        FrozenSet<string> Counted, FrozenSet<string> Measures, FrozenSet<string> Durations, FrozenSet<string> Ages, FrozenSet<string> Kitchen, FrozenDictionary<char, string[]> ChineseUnits,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> ByLanguage);

    internal sealed record FileShape(
        Dictionary<string, string[]> Counted, Dictionary<string, string[]> Measures, Dictionary<string, string[]> Durations,
        Dictionary<string, string[]> Ages, Dictionary<string, string[]> Kitchen, string[] ChineseUnits);

    private static Data Load()
    {
        var file = EmbeddedJson.Load("unit-classes.quantities.json", QuantitiesDataJson.Default.UnitClassesFile);
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string[]>>
        {
            ["counted"] = file.Counted, ["measures"] = file.Measures, ["durations"] = file.Durations, ["ages"] = file.Ages, ["kitchen"] = file.Kitchen,
        };
        return new Data(
            Merge(file.Counted), Merge(file.Measures), Merge(file.Durations), Merge(file.Ages), Merge(file.Kitchen),
            file.ChineseUnits.GroupBy(u => u[0]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(u => u.Length).ToArray()),
            byLanguage);
    }

    private static FrozenSet<string> Merge(Dictionary<string, string[]> perLanguage) =>
        perLanguage.Values.SelectMany(v => v).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
