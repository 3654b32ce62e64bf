namespace FactPipeline.Evaluation.Gold;

/// <summary>Two mentions of one gold discrepancy on different sides, in different files: a pair the cross-check must report.</summary>
public sealed record GoldPair(GoldDiscrepancy Discrepancy, GoldMention First, GoldMention Second)
{
    /// <summary>The same two mentions in either order.</summary>
    public MentionPairKey Key => MentionPairKey.Of(First, Second);
}

/// <summary>An unordered pair of mentions.</summary>
public readonly record struct MentionPairKey(GoldMention A, GoldMention B)
{
    public static MentionPairKey Of(GoldMention x, GoldMention y) =>
        Compare(x, y) <= 0 ? new MentionPairKey(x, y) : new MentionPairKey(y, x);

    private static int Compare(GoldMention x, GoldMention y)
    {
        var byFile = string.CompareOrdinal(x.File, y.File);
        return byFile != 0 ? byFile : string.CompareOrdinal(x.Text, y.Text);
    }
}

public static class GoldPairs
{
    /// <summary>Every mention of one side × every mention of another side, in different files.</summary>
    public static IEnumerable<GoldPair> Of(GoldDiscrepancy discrepancy)
    {
        var sides = discrepancy.Sides;
        for (var i = 0; i < sides.Count; i++)
        {
            for (var j = i + 1; j < sides.Count; j++)
            {
                foreach (var first in sides[i])
                {
                    foreach (var second in sides[j].Where(m => !string.Equals(m.File, first.File, StringComparison.Ordinal)))
                    {
                        yield return new GoldPair(discrepancy, first, second);
                    }
                }
            }
        }
    }

    /// <summary>Every pair of a group's mentions, optionally only those in different files.</summary>
    public static IEnumerable<(GoldMention First, GoldMention Second)> Within(IReadOnlyList<GoldMention> mentions, bool differentFiles)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            for (var j = i + 1; j < mentions.Count; j++)
            {
                if (!differentFiles || !string.Equals(mentions[i].File, mentions[j].File, StringComparison.Ordinal))
                {
                    yield return (mentions[i], mentions[j]);
                }
            }
        }
    }
}
