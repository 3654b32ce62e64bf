using System.Globalization;
using FactPipeline.Core.Model;
using FactPipeline.Core.Common;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Quantities;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Claims.Llm;

/// <summary>
/// Asks the model (prompt ExtractClaims) for an article's claims, chunk by chunk, and keeps only what the article
/// itself proves: every quote must occur in <see cref="Article.Text"/> (so hidden page text, captions and invented
/// sentences are rejected), and every number must be read to the same value by the deterministic recognizer, whose
/// quantity (never the model's number) is what gets stored. The model contributes canonical English phrasing,
/// claims the rules skipped and non-numeric statements; it never decides whether two figures agree.
/// When the model is unavailable, the budget is spent, or an answer stays invalid after one repair, the article
/// keeps its rule claims and the result says why.
/// </summary>
/// <param name="describer">The rules extractor, which describes each quantity the model points at as it would its own.</param>
public sealed class LlmClaimAugmenter(ILlmClient llm, IQuantityRecognizer recognizer, ClaimExtractor describer, IOptions<LlmClaimsOptions> options)
    : IClaimAugmenter
{
    public const string Stage = "claims";

    private static readonly string[] RulesAndLlm = ["rules", "llm"];
    private static readonly string[] LlmOnly = ["llm"];

    private readonly ClaimExtractor _describer = describer;
    private readonly LlmClaimsOptions _options = options.Value;

    public async Task<AugmentResult> AugmentAsync(Article article, IReadOnlyList<Claim> ruleClaims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(ruleClaims);
        if (!llm.IsEnabled)
        {
            return AugmentResult.Offline(ruleClaims, "LLM not configured");
        }
        var plan = ArticleChunker.Split(article, _options.ChunkBudgetTokens, _options.OverlapSentences);
        var text = article.Text;
        var usage = new Usage();
        var answers = new List<(LlmClaim Claim, ArticleChunk Chunk, string PromptVersion)>();
        foreach (var chunk in plan.Chunks)
        {
            var arguments = Arguments(article, text, chunk, plan.Chunks.Count, repairNote: "");
            var answer = await CallAsync(article, arguments, usage, cancellationToken);
            if (Unusable(answer) is { } stop)
            {
                return Offline(ruleClaims, stop, usage, plan);
            }
            var parsed = ExtractClaimsAnswer.Parse(answer.Text);
            if (parsed.Problem is { } problem)
            {
                arguments = Arguments(article, text, chunk, plan.Chunks.Count, RepairNote(problem));
                answer = await CallAsync(article, arguments, usage, cancellationToken);
                if (Unusable(answer) is { } stopOnRepair)
                {
                    return Offline(ruleClaims, stopOnRepair, usage, plan);
                }
                parsed = ExtractClaimsAnswer.Parse(answer.Text);
                if (parsed.Problem is { } again)
                {
                    return Offline(ruleClaims, $"invalid LLM answer after one repair ({again}); kept the rule claims", usage, plan);
                }
                usage.Repairs++;
            }
            answers.AddRange(parsed.Claims!.Select(c => (c, chunk, answer.PromptVersion)));
        }

        var merge = new Merge(article, text, ruleClaims, _describer.DominantPlaces(text));
        var locator = new QuoteLocator(text);
        foreach (var (claim, chunk, promptVersion) in answers)
        {
            if (locator.Find(claim.Quote, chunk.Start, _options.MinQuoteCharacters) is not { } span)
            {
                merge.Reject(RejectionReasons.Ungrounded);
            }
            else if (claim.IsStatement)
            {
                AddStatement(merge, claim, span, promptVersion);
            }
            else
            {
                AddNumeric(merge, claim, span, promptVersion);
            }
        }
        return new AugmentResult(merge.Claims(), merge.Statements(), merge.Rejections, null, usage.Calls)
        {
            Chunks = plan.Chunks.Count,
            Repairs = usage.Repairs,
            SkippedSentences = plan.Oversized.Count,
            PromptTokens = usage.PromptTokens,
            CompletionTokens = usage.CompletionTokens,
        };
    }

    private void AddNumeric(Merge merge, LlmClaim claim, (int Start, int Length) span, string promptVersion)
    {
        var quote = merge.Text.Substring(span.Start, span.Length);
        var quantities = recognizer.Recognize(quote, merge.Article.Language);
        if (Matching(claim, quantities) is not { } q)
        {
            merge.Reject(RejectionReasons.NumberMismatch);
            return;
        }
        var canonical = new CanonicalPhrasing(Clean(claim.Subject), Clean(claim.Metric), Clean(claim.TimeScope), promptVersion);
        var absoluteStart = span.Start + q.Start;
        if (merge.RuleClaimAt(absoluteStart, q) is { } rule)
        {
            merge.Confirm(rule, canonical);
            return;
        }
        var described = _describer.Describe(merge.Article, quote, span.Start, q, quantities, merge.ArticlePlaces);
        merge.AddLlmClaim(described with
        {
            Id = StableId.Of(merge.Article.Id, "llm", Invariant(span.Start), Invariant(absoluteStart)),
            Extractors = LlmOnly,
            Canonical = canonical,
        });
    }

    private static void AddStatement(Merge merge, LlmClaim claim, (int Start, int Length) span, string promptVersion)
    {
        if (Clean(claim.Subject) is not { } subject || Clean(claim.Predicate) is not { } predicate)
        {
            merge.Reject(RejectionReasons.Incomplete);
            return;
        }
        var @object = Clean(claim.Object);
        merge.AddStatement(new Statement
        {
            Id = StableId.Of(merge.Article.Id, "statement", Invariant(span.Start), Invariant(span.Length), Fold(predicate), Fold(@object ?? "")),
            ArticleId = merge.Article.Id,
            Quote = merge.Text.Substring(span.Start, span.Length),
            QuoteStart = span.Start,
            Subject = subject,
            Predicate = predicate,
            Object = @object,
            TimeScope = Clean(claim.TimeScope),
            PromptVersion = promptVersion,
        });
    }

    /// <summary>
    /// The recognizer's quantity in the quote that has the value the model states: same kind, same amount (a range's
    /// end counts, a hedge's rounding interval does not), and for money the same ISO currency when the model names one.
    /// </summary>
    private static Quantity? Matching(LlmClaim claim, IReadOnlyList<Quantity> quantities)
    {
        if (claim.Value.Amount is not { } amount)
        {
            return null;
        }
        var kind = claim.Kind switch
        {
            LlmClaimKinds.Money => QuantityKind.Money,
            LlmClaimKinds.Percent => QuantityKind.Percent,
            LlmClaimKinds.Multiplier => QuantityKind.Multiplier,
            _ => QuantityKind.Count,
        };
        var unit = Clean(claim.Value.Unit);
        return quantities.FirstOrDefault(q => q.Kind == kind && SameAmount(q, amount) && UnitAgrees(q, unit));
    }

    private static bool SameAmount(Quantity q, decimal amount) =>
        Equal(q.Amount, amount) || (q.Hedge == Hedge.Range && ((q.Low is { } low && Equal(low, amount)) || (q.High is { } high && Equal(high, amount))));

    // Exact to one part in a billion: JSON numbers written with an exponent may round in the last digit.
    private static bool Equal(decimal a, decimal b) => Math.Abs(a - b) <= Math.Abs(a) * 0.000_000_001m;

    private static bool UnitAgrees(Quantity q, string? unit) => unit is null || q.Kind switch
    {
        QuantityKind.Money => string.Equals(q.Unit, unit, StringComparison.OrdinalIgnoreCase),
        QuantityKind.Percent => unit is "%" or "percent",
        QuantityKind.Multiplier => unit is "x" or "×" or "X" or "times",
        _ => true, // a count's noun is in the article's language; the model names it in English
    };

    private async Task<LlmAnswer> CallAsync(Article article, IReadOnlyDictionary<string, string> arguments, Usage usage, CancellationToken cancellationToken)
    {
        var answer = await llm.CompleteAsync(_options.PromptName, arguments, new LlmCallContext(Stage, article.Id), cancellationToken);
        usage.Calls++;
        usage.PromptTokens += answer.PromptTokens;
        usage.CompletionTokens += answer.CompletionTokens;
        return answer;
    }

    private static string? Unusable(LlmAnswer answer) => answer.Outcome switch
    {
        LlmOutcome.Unavailable => "LLM unavailable" + Because(answer.Reason),
        LlmOutcome.BudgetExhausted => "LLM budget exhausted" + Because(answer.Reason),
        _ => null,
    };

    private static string Because(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : $" ({reason})";

    private static AugmentResult Offline(IReadOnlyList<Claim> ruleClaims, string reason, Usage usage, ChunkPlan plan) =>
        AugmentResult.Offline(ruleClaims, reason, usage.Calls) with
        {
            Chunks = plan.Chunks.Count,
            SkippedSentences = plan.Oversized.Count,
            PromptTokens = usage.PromptTokens,
            CompletionTokens = usage.CompletionTokens,
        };

    private Dictionary<string, string> Arguments(Article article, string text, ArticleChunk chunk, int chunkCount, string repairNote) => new(StringComparer.Ordinal)
    {
        ["article_text"] = PromptData.Defuse(text.Substring(chunk.Start, chunk.Length)),
        ["language"] = article.Language,
        ["published_at"] = article.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown",
        ["chunk_note"] = chunkCount == 1
            ? ""
            : $"This is part {chunk.Index + 1} of {chunkCount} of a long article; consecutive parts share up to {_options.OverlapSentences} sentences. List the claims whose quote is in this part.",
        ["repair_note"] = repairNote,
    };

    private static string RepairNote(string problem) =>
        $"Your previous answer to this request could not be used: {problem}. Answer again with only one complete JSON object that matches the response schema, quoting the article exactly.";

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Fold(string value) => value.Trim().ToLowerInvariant();

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Usage
    {
        public int Calls;
        public int Repairs;
        public int PromptTokens;
        public int CompletionTokens;
    }

    /// <summary>The article's claims and statements as grounded LLM claims are folded in (first one wins on duplicates).</summary>
    private sealed class Merge(Article article, string text, IReadOnlyList<Claim> ruleClaims, IReadOnlyList<string> articlePlaces)
    {
        private readonly Dictionary<string, Claim> _confirmed = new(StringComparer.Ordinal);
        private readonly Dictionary<(int Start, int Length), Claim> _llmClaims = [];
        private readonly Dictionary<(int Start, int Length, string Predicate), Statement> _statements = [];

        public Article Article => article;
        public string Text => text;
        public IReadOnlyList<string> ArticlePlaces => articlePlaces;
        public Dictionary<string, int> Rejections { get; } = new(StringComparer.Ordinal);

        public void Reject(string reason) => Rejections[reason] = Rejections.GetValueOrDefault(reason) + 1;

        /// <summary>The rule claim of the same figure: the same span, else an overlapping one with the same value.</summary>
        public Claim? RuleClaimAt(int start, Quantity q)
        {
            var end = start + q.Length;
            return ruleClaims.FirstOrDefault(c => c.Value.Start == start && c.Value.Length == q.Length)
                ?? ruleClaims.FirstOrDefault(c => c.Value.Start < end && c.Value.End > start && c.Value.Kind == q.Kind && c.Value.Amount == q.Amount);
        }

        public void Confirm(Claim rule, CanonicalPhrasing canonical) =>
            _confirmed.TryAdd(rule.Id, rule with { Extractors = RulesAndLlm, Canonical = canonical });

        public void AddLlmClaim(Claim claim) => _llmClaims.TryAdd((claim.Value.Start, claim.Value.Length), claim);

        public void AddStatement(Statement statement) =>
            _statements.TryAdd((statement.QuoteStart, statement.Quote.Length, Fold(statement.Predicate)), statement);

        public IReadOnlyList<Claim> Claims() =>
            ruleClaims.Select(c => _confirmed.GetValueOrDefault(c.Id) ?? c)
                .Concat(_llmClaims.Values)
                .OrderBy(c => c.Value.Start)
                .ToArray();

        public IReadOnlyList<Statement> Statements() => _statements.Values.OrderBy(s => s.QuoteStart).ToArray();
    }
}
