namespace FactPipeline.Evaluation.Gold;

/// <summary>
/// One figure in one article: <see cref="File"/> is relative to eval/crosscheck/articles/ ("s01/a.id.txt");
/// <see cref="Text"/> occurs exactly once in that file and holds exactly one figure ("sekitar 12.000 warga").
/// </summary>
public sealed record GoldMention(string File, string Text)
{
    public override string ToString() => $"{File}: \"{Text}\"";
}

/// <summary>A story (articles on one event) or a distractor set (articles on different subjects sharing measures).</summary>
public sealed record GoldArticleSet
{
    public string Id { get; init; } = "";
    public string Summary { get; init; } = "";
    public IReadOnlyList<string> Articles { get; init; } = [];
}

/// <summary>
/// A planted disagreement: every mention of one side against every mention of another side (in different files)
/// is a pair the cross-check must report as conflict or minor.
/// </summary>
public sealed record GoldDiscrepancy
{
    public string Id { get; init; } = "";
    /// <summary>rounding, hedge, scope, period, typo, misreport, ... (free text; recall is reported per kind).</summary>
    public string Kind { get; init; } = "";
    /// <summary>"minor" or "conflict".</summary>
    public string Severity { get; init; } = "";
    public string Subject { get; init; } = "";
    public string Measure { get; init; } = "";
    public string Note { get; init; } = "";
    public IReadOnlyList<IReadOnlyList<GoldMention>> Sides { get; init; } = [];
}

/// <summary>The same fact stated compatibly: its mentions belong in one consistent finding.</summary>
public sealed record GoldConsistentGroup
{
    public string Id { get; init; } = "";
    public string Subject { get; init; } = "";
    public string Measure { get; init; } = "";
    public IReadOnlyList<GoldMention> Mentions { get; init; } = [];
}

/// <summary>Mentions that must never end up together in a conflict or minor finding.</summary>
public sealed record GoldTrap
{
    /// <summary>Trap kinds of the corpus format (corpus-spec.md).</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "different-subject", "different-period", "part-whole", "different-scope", "different-measure",
        "same-article", "hedge-consistent", "not-a-claim",
    };

    /// <summary>The one kind whose mentions may share a finding, as long as it is consistent.</summary>
    public const string HedgeConsistent = "hedge-consistent";

    public string Id { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Note { get; init; } = "";
    public IReadOnlyList<GoldMention> Mentions { get; init; } = [];
}

/// <summary>One gold file (eval/crosscheck/gold/part-a.json): <see cref="Name"/> is its file name, for messages.</summary>
public sealed record GoldPart
{
    public string Name { get; init; } = "";
    public IReadOnlyList<GoldArticleSet> Stories { get; init; } = [];
    public IReadOnlyList<GoldArticleSet> Distractors { get; init; } = [];
    public IReadOnlyList<GoldDiscrepancy> Discrepancies { get; init; } = [];
    public IReadOnlyList<GoldConsistentGroup> Consistent { get; init; } = [];
    public IReadOnlyList<GoldTrap> Traps { get; init; } = [];
}
