using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>Lines up claims from different articles that state the same fact and judges whether they agree.</summary>
public interface ICrossChecker
{
    IReadOnlyList<Finding> Check(IReadOnlyList<Claim> claims);
}
