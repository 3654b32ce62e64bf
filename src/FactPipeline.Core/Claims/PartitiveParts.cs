using FactPipeline.Core.Claims.Scopes;
using FactPipeline.Core.Claims.Subjects;
using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;

namespace FactPipeline.Core.Claims;

/// <summary>
/// Counts of a sentence that opens on a partitive ("Of that number, 480 employees are in Malaysia", "受影响员工中，
/// 马来西亚员工约480人"): each is a part of the whole the opener names, so it counts what the whole counts (480
/// layoffs, not a headcount of 480). A part with a place of its own, which the whole does not name, is that place's
/// figure ("layoffs in Malaysia"), as another report's "Malaysia will see 500 roles cut" is; a part without one is
/// only a part, never compared with a whole of the same measure.
/// </summary>
internal sealed class PartitiveParts(ConceptLexicon lexicon, Func<string?, bool> isGenericCount)
{
    /// <summary>The whole a sentence's counts are parts of: its measure, the places it names and its subject.</summary>
    internal sealed record Whole(string Measure, IReadOnlyList<string> Places, string? SubjectId);

    /// <summary>
    /// The whole of an anaphoric opener: the counts of the sentence before, when they all count one named measure
    /// ("1,150 jobs cut, 480 of them …" needs one total to point back to; two measures leave it unsaid).
    /// </summary>
    public Whole? Anaphoric(IReadOnlyList<Claim> previousCounts)
    {
        if (previousCounts.Count == 0 || previousCounts[0].Concept is not { } measure || isGenericCount(measure)
            || previousCounts.Any(c => c.Concept != measure) || lexicon.Find(measure) is not { IsUnit: true })
        {
            return null;
        }
        return new Whole(measure, [.. previousCounts.SelectMany(c => c.SentencePlaces).Distinct(StringComparer.Ordinal)], previousCounts[0].SubjectId);
    }

    /// <summary>The whole an opener names in words ("Of the affected employees"): the last counted measure inside it.</summary>
    public Whole? Named(PartitiveOpener opener, IReadOnlyList<TermHit> hits, IReadOnlyList<EntityMention> entities)
    {
        string? measure = null;
        foreach (var hit in hits)
        {
            if (hit.Start >= opener.WholeStart && hit.End <= opener.WholeEnd && !isGenericCount(hit.Id) && lexicon.Find(hit.Id) is { IsUnit: true })
            {
                measure = hit.Id;
            }
        }
        return measure is null ? null
            : new Whole(measure, [.. entities.Where(e => e.IsPlace && e.Start >= opener.WholeStart && e.End <= opener.WholeEnd).Select(e => e.Id)], null);
    }

    /// <summary>The part's claim: the whole's measure, and its own place as subject, else a part's scope.</summary>
    public Claim Apply(Claim part, Whole whole, IReadOnlyList<EntityMention> entities)
    {
        if (part.Value.Kind != QuantityKind.Count || !CountsMembersOf(part.Concept, whole.Measure))
        {
            return part;
        }
        var own = part.SentencePlaces.FirstOrDefault(p => !whole.Places.Any(w => ConceptLexicon.PlacesOverlap(p, w))
            && (whole.SubjectId is null || !ConceptLexicon.PlacesOverlap(p, whole.SubjectId)));
        if (own is not null && entities.FirstOrDefault(e => e.Id == own && e.IsPlace && e.IsCandidate) is { } place)
        {
            return part with
            {
                Concept = whole.Measure,
                SubjectId = place.Id,
                SubjectName = place.Name,
                SubjectSource = SubjectSource.Sentence,
                SubjectIsFacility = false,
                Scope = part.Scope with { IsPart = false },
            };
        }
        return part with { Concept = whole.Measure, Scope = part.Scope with { IsPart = true } };
    }

    /// <summary>
    /// Whether a part counted in <paramref name="part"/>'s words counts members of a whole of <paramref name="whole"/>:
    /// the same measure or a near-synonym, plain people or counters ("480 orang", "480명"), or the words the lexicon
    /// names as the whole's members (employees and jobs of layoffs). "Of them, 30 died" counts deaths, not the whole.
    /// </summary>
    private bool CountsMembersOf(string? part, string whole) =>
        part == whole || isGenericCount(part) || (part is not null && lexicon.InOneFamily(part, whole))
        || (part is not null && lexicon.Find(whole)?.Members?.Contains(part, StringComparer.Ordinal) == true);
}
