using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>How the subjects of two claims relate.</summary>
internal enum SubjectRelation
{
    /// <summary>At least one claim has no subject.</summary>
    Unknown,
    /// <summary>The same entity: one id across languages and spellings, or one name contained in the other ("Davis", "Anthony Davis").</summary>
    Same,
    /// <summary>Different subjects, but one claim's sentence also names the other's subject.</summary>
    Related,
    /// <summary>Different subjects: a Volkswagen's and an Audi's figures, two countries' budgets.</summary>
    Different,
}

internal static class SubjectRelations
{
    public static SubjectRelation Of(Claim a, Claim b)
    {
        if (a.SubjectId is not { } sa || b.SubjectId is not { } sb)
        {
            return SubjectRelation.Unknown;
        }
        if (string.Equals(sa, sb, StringComparison.Ordinal) || NamesContain(sa, sb))
        {
            return SubjectRelation.Same;
        }
        return a.Subject.Contains(sb, StringComparer.Ordinal) || b.Subject.Contains(sa, StringComparer.Ordinal) || NamesShareWord(sa, sb)
            ? SubjectRelation.Related
            : SubjectRelation.Different;
    }

    /// <summary>
    /// Two found names that share a word of four letters or more: one name written two ways ("Tây Sulawesi" and
    /// "Sulawesi Barat", "H'Mông" and "Mông"), or two related things; either way not two contrasting subjects.
    /// </summary>
    private static bool NamesShareWord(string a, string b)
    {
        if (!a.StartsWith("name:", StringComparison.Ordinal) || !b.StartsWith("name:", StringComparison.Ordinal))
        {
            return false;
        }
        var wb = Words(b);
        return Words(a).Any(w => w.Length >= 4 && wb.Contains(w, StringComparer.Ordinal));
    }

    private static IEnumerable<string> Words(string name) =>
        name[5..].Split([' ', '\'', '-'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"name:davis" and "name:anthony davis": every word of the shorter name is a word of the longer one.</summary>
    private static bool NamesContain(string a, string b)
    {
        if (!a.StartsWith("name:", StringComparison.Ordinal) || !b.StartsWith("name:", StringComparison.Ordinal))
        {
            return false;
        }
        var wa = a[5..].Split(' ');
        var wb = b[5..].Split(' ');
        var (shorter, longer) = wa.Length <= wb.Length ? (wa, wb) : (wb, wa);
        return shorter.All(w => w.Length > 1 && longer.Contains(w, StringComparer.Ordinal));
    }
}
