using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims.Llm;

/// <summary>
/// Adds what an LLM finds to the deterministic claims of one article: canonical English phrasing for the claims it
/// confirms, numeric claims the rules missed (valued by the deterministic recognizer, never by the model) and
/// non-numeric statements. Everything the model says must be grounded in an exact quote of the article.
/// </summary>
public interface IClaimAugmenter
{
    /// <param name="article">The article, as extracted (its <see cref="Article.Text"/> is the only text quotes may come from).</param>
    /// <param name="ruleClaims">What <see cref="IClaimExtractor"/> found in it; returned unchanged whenever the LLM cannot be used.</param>
    Task<AugmentResult> AugmentAsync(Article article, IReadOnlyList<Claim> ruleClaims, CancellationToken cancellationToken = default);
}

/// <summary>What augmenting one article produced.</summary>
/// <param name="Claims">The rules' claims (merged ones carry Extractors ["rules","llm"] and Canonical) plus grounded LLM-only claims, in text order.</param>
/// <param name="Statements">Grounded non-numeric statements.</param>
/// <param name="Rejections">LLM claims that were not kept, counted by reason (<see cref="RejectionReasons"/>).</param>
/// <param name="Fallback">Why the article stayed offline (rule claims unchanged, no statements), or null when the LLM's answer was used.</param>
/// <param name="Calls">Calls made to <see cref="Llm.ILlmClient"/> for this article (cached answers included).</param>
public sealed record AugmentResult(
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Statement> Statements,
    IReadOnlyDictionary<string, int> Rejections,
    string? Fallback,
    int Calls)
{
    /// <summary>Chunks the article was split into to fit the model's window.</summary>
    public int Chunks { get; init; }

    /// <summary>Answers that were invalid and repaired by the one retry allowed per chunk.</summary>
    public int Repairs { get; init; }

    /// <summary>Sentences too long to fit the window alone: never cut, never sent (the rules still cover them).</summary>
    public int SkippedSentences { get; init; }

    public int PromptTokens { get; init; }

    public int CompletionTokens { get; init; }

    /// <summary>The rule claims unchanged, with the reason the LLM was not used.</summary>
    public static AugmentResult Offline(IReadOnlyList<Claim> ruleClaims, string? reason, int calls = 0) =>
        new(ruleClaims, [], new Dictionary<string, int>(StringComparer.Ordinal), reason, calls);
}

/// <summary>Why an LLM claim was not kept.</summary>
public static class RejectionReasons
{
    /// <summary>The quote does not occur in the article text (fabricated, translated, or from hidden page text).</summary>
    public const string Ungrounded = "ungrounded";

    /// <summary>The deterministic recognizer does not read the value the model states in the quote.</summary>
    public const string NumberMismatch = "number mismatch";

    /// <summary>A statement without a subject or predicate.</summary>
    public const string Incomplete = "incomplete";
}
