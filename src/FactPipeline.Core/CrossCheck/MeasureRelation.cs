using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;

namespace FactPipeline.Core.CrossCheck;

/// <summary>How the measures of two claims relate.</summary>
internal enum MeasureRelation
{
    /// <summary>One lexicon measure ("budget", "deaths"), or one counted noun written the same way ("rumah", "rumah").</summary>
    Same,
    /// <summary>One side names a measure; the other names none itself, but its sentence names that measure ("주택 3천450채").</summary>
    Linked,
    /// <summary>Neither side names a measure the other can be held to: "Rp 1,2 triliun", "3천450채" vs "34.500 ngôi".</summary>
    Unknown,
    /// <summary>Two different known measures (exports vs imports), or two different counted nouns in one language (rumah vs desa).</summary>
    Different,
}

internal static class MeasureRelations
{
    /// <param name="lexicon">Tells which named measures are near-synonyms (one family).</param>
    public static MeasureRelation Of(Claim a, Claim b, ConceptLexicon lexicon)
    {
        if (a.Value.Kind != b.Value.Kind || (a.Value.Kind != QuantityKind.Count && a.Value.Unit != b.Value.Unit))
        {
            return MeasureRelation.Different;
        }
        var (weakA, weakB) = (IsWeak(a.Concept), IsWeak(b.Concept));
        if (!weakA && !weakB)
        {
            // Two named measures differ even when one sentence names both: "1.6 million cases and 97,000 deaths".
            // Near-synonyms are the exception: one outlet's "budget" is another's "spending", "jobs" are "karyawan".
            if (string.Equals(a.Concept, b.Concept, StringComparison.Ordinal))
            {
                return MeasureRelation.Same;
            }
            return lexicon.InOneFamily(a.Concept!, b.Concept!) ? MeasureRelation.Linked : MeasureRelation.Different;
        }
        if (IsUnit(a.Concept) && IsUnit(b.Concept))
        {
            // Tonnes are tonnes in every language; still only a unit, so the pair needs context (see PairAssessor).
            return a.Concept == b.Concept ? MeasureRelation.Same : MeasureRelation.Different;
        }
        if (UnitAgainstNoun(a.Concept, b.Concept) || UnitAgainstNoun(b.Concept, a.Concept))
        {
            // "25 basis points" and "21 ekonom": a unit of measurement is never a counted thing, in any language.
            return MeasureRelation.Different;
        }
        if (weakA && weakB)
        {
            if (a.Concept is not null && b.Concept is not null && a.Language == b.Language && a.Concept != "people" && b.Concept != "people")
            {
                // One language, counted nouns as written: "3.450 rumah" and "3.400 rumah" count one thing, "12 desa" another.
                return a.Concept == b.Concept ? MeasureRelation.Same : MeasureRelation.Different;
            }
            return MeasureRelation.Unknown;
        }
        var (strong, weak) = weakA ? (b, a) : (a, b);
        return weak.SentenceMeasures.Contains(strong.Concept!, StringComparer.Ordinal) ? MeasureRelation.Linked : MeasureRelation.Unknown;
    }

    /// <summary>No measure, plain people, a counted noun the lexicon does not know, or a unit of measurement.</summary>
    public static bool IsWeak(string? concept) =>
        concept is null || concept == "people" || concept.StartsWith("noun:", StringComparison.Ordinal) || IsUnit(concept);

    private static bool UnitAgainstNoun(string? unit, string? noun) =>
        IsUnit(unit) && noun is not null && noun.StartsWith("noun:", StringComparison.Ordinal);

    private static bool IsUnit(string? concept) => concept is not null && concept.StartsWith("unit:", StringComparison.Ordinal);
}
