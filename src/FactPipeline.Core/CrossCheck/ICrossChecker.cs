using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>Lines up claims from different articles that state the same fact and judges whether they agree.</summary>
public interface ICrossChecker
{
    /// <summary>The offline check: deterministic rules only.</summary>
    IReadOnlyList<Finding> Check(IReadOnlyList<Claim> claims);

    /// <summary>
    /// The check with an optional judge for the pairs the rules are unsure about. With no judge (or a disabled
    /// one) the result equals <see cref="Check"/>. <paramref name="articles"/> supplies publish dates for the judge.
    /// </summary>
    Task<IReadOnlyList<Finding>> CheckAsync(IReadOnlyList<Claim> claims, IClaimPairJudge? judge, IReadOnlyList<Article>? articles = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check(claims));
}
