using FactPipeline.Core.Claims.Scopes;

namespace FactPipeline.Core.Claims;

/// <summary>
/// The word lists the claim extractor reads figures with, each from its own data file and registered once
/// (AddClaims): grouped here so the extractor takes one dependency for them, not seven.
/// </summary>
/// <param name="Units">Measurement units and the measure each names (<c>units.json</c>).</param>
/// <param name="Counters">What a generic counted noun can count: people, things or either.</param>
/// <param name="Changes">Rise, fall and comparison words; also used to tell a figure's year from its base year.</param>
/// <param name="Bare">When a bare number counts something ("the death toll rose to 81").</param>
/// <param name="Cuts">Job-cut and "affected" words around a count of people.</param>
/// <param name="Openers">Partitive openers ("of them", "dari jumlah tersebut").</param>
/// <param name="Occurrences">Counts of an action ("scored twice", "3 lần").</param>
public sealed record ClaimWordLists(
    MeasurementUnits Units,
    CounterWords Counters,
    ChangeWords Changes,
    BareCounts Bare,
    CutWords Cuts,
    PartitiveOpeners Openers,
    OccurrenceCounts Occurrences);
