using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims;

/// <summary>Finds the quantity claims an article makes.</summary>
public interface IClaimExtractor
{
    IReadOnlyList<Claim> Extract(Article article);
}
