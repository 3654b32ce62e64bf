using FactPipeline.Evaluation.Gold;

namespace FactPipeline.Evaluation.Scoring;

/// <summary>Which gold entries each mention belongs to, to say why a predicted pair is wrong.</summary>
internal sealed class GoldEntryIndex
{
    private readonly Dictionary<GoldMention, List<(string Id, string Label)>> _entries = [];

    public GoldEntryIndex(GoldCorpus gold)
    {
        foreach (var d in gold.Discrepancies)
        {
            for (var side = 0; side < d.Sides.Count; side++)
            {
                foreach (var mention in d.Sides[side])
                {
                    Add(mention, d.Id, $"side {side + 1} of discrepancy {d.Id}");
                }
            }
        }
        foreach (var c in gold.Consistent)
        {
            c.Mentions.ToList().ForEach(m => Add(m, c.Id, $"consistent group {c.Id}"));
        }
        foreach (var t in gold.Traps)
        {
            t.Mentions.ToList().ForEach(m => Add(m, t.Id, $"{t.Kind} trap {t.Id}"));
        }
    }

    public bool IsLabelled(GoldMention mention) => _entries.ContainsKey(mention);

    /// <summary>The entries both mentions are in ("both in different-subject trap x01-t2"), else where each one is.</summary>
    public string Relation(GoldMention a, GoldMention b)
    {
        var ofA = _entries.GetValueOrDefault(a) ?? [];
        var ofB = _entries.GetValueOrDefault(b) ?? [];
        var shared = ofA.Where(x => ofB.Any(y => string.Equals(x.Id, y.Id, StringComparison.Ordinal))).ToList();
        if (shared.Count > 0)
        {
            return "both in " + string.Join("; ", shared.Select(x =>
                ofB.Any(y => y.Label == x.Label) ? x.Label : x.Label + " and " + ofB.First(y => y.Id == x.Id).Label));
        }
        return $"labelled apart: {Labels(ofA)} / {Labels(ofB)}";
    }

    /// <summary>Every entry the mention is in ("consistent group s01-c1, different-period trap s01-t3").</summary>
    public string Labels(GoldMention mention) => Labels(_entries.GetValueOrDefault(mention) ?? []);

    private static string Labels(List<(string Id, string Label)> entries) =>
        entries.Count == 0 ? "not labelled" : string.Join(", ", entries.Select(e => e.Label));

    private void Add(GoldMention mention, string id, string label)
    {
        if (!_entries.TryGetValue(mention, out var list))
        {
            _entries[mention] = list = [];
        }
        list.Add((id, label));
    }
}
