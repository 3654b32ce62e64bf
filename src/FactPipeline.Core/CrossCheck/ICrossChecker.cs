using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>Lines up claims from different articles that state the same fact and judges whether they agree.</summary>
public interface ICrossChecker
{
    /// <summary>The offline check: deterministic rules only, without story profiles.</summary>
    IReadOnlyList<Finding> Check(IReadOnlyList<Claim> claims) => Check(claims, null);

    /// <summary>
    /// The offline check. <paramref name="stories"/> (one per article) lets claims whose sentences name no subject
    /// match when their articles cover the same story.
    /// </summary>
    IReadOnlyList<Finding> Check(IReadOnlyList<Claim> claims, IReadOnlyList<StoryProfile>? stories);

    /// <summary>
    /// The check with an optional judge for the pairs the rules are unsure about. With no judge (or a disabled
    /// one) the result equals <see cref="Check(IReadOnlyList{Claim}, IReadOnlyList{StoryProfile})"/>.
    /// <paramref name="articles"/> supplies publish dates for the judge.
    /// </summary>
    Task<IReadOnlyList<Finding>> CheckAsync(IReadOnlyList<Claim> claims, IClaimPairJudge? judge, IReadOnlyList<Article>? articles, IReadOnlyList<StoryProfile>? stories, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check(claims, stories));
}
