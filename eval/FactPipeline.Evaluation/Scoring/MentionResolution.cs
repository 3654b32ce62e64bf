using FactPipeline.Core.Model;
using FactPipeline.Evaluation.Gold;

namespace FactPipeline.Evaluation.Scoring;

/// <summary>The claim a gold mention points at, or why there is none (then the recognizer made no claim there).</summary>
public sealed record MentionResolution(GoldMention Mention, Claim? Claim, string? Problem)
{
    public bool IsResolved => Claim is not null;
}
