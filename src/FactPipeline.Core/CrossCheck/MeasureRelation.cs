using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>How the measures of two claims relate.</summary>
internal enum MeasureRelation
{
    /// <summary>One lexicon measure ("budget", "deaths").</summary>
    Same,
    /// <summary>At least one side names no known measure: a bare "Rp 1,2 triliun", "3천450채", plain people.</summary>
    Weak,
    /// <summary>Two different known measures (exports vs imports), or two different counted nouns in one language (rumah vs desa).</summary>
    Different,
}

internal static class MeasureRelations
{
    public static MeasureRelation Of(Claim a, Claim b)
    {
        if (a.Value.Kind != b.Value.Kind || (a.Value.Kind != QuantityKind.Count && a.Value.Unit != b.Value.Unit))
        {
            return MeasureRelation.Different;
        }
        var (weakA, weakB) = (IsWeak(a.Concept), IsWeak(b.Concept));
        if (!weakA && !weakB)
        {
            return string.Equals(a.Concept, b.Concept, StringComparison.Ordinal) ? MeasureRelation.Same : MeasureRelation.Different;
        }
        if (weakA && weakB && a.Language == b.Language && a.Concept is not null && b.Concept is not null
            && a.Concept != b.Concept && a.Concept != "people" && b.Concept != "people")
        {
            return MeasureRelation.Different; // "3.450 rumah" and "12 desa": one language, two different things counted
        }
        return MeasureRelation.Weak;
    }

    /// <summary>No measure, plain people, or a counted noun the lexicon does not know.</summary>
    public static bool IsWeak(string? concept) =>
        concept is null || concept == "people" || concept.StartsWith("noun:", StringComparison.Ordinal);
}
