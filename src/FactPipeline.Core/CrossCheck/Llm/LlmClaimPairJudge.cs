using System.Globalization;
using System.Text;
using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Llm;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.CrossCheck.Llm;

/// <summary>
/// Asks the model, through <see cref="ILlmClient"/> and the <c>MatchClaims</c> prompt, whether two uncertain claims
/// state the same fact. The model sees the quotes (as delimited data), their languages, article dates and figure
/// texts, and is asked only about subject, metric, scope and time, never whether the numbers agree. Answers are
/// parsed strictly; an invalid answer gets one repair call, after which its pairs stay offline-decided. When the
/// client reports the budget spent or the model unavailable, the judge stops asking for the rest of the run.
/// </summary>
public sealed partial class LlmClaimPairJudge(ILlmClient llm, IOptions<LlmMatchingOptions> options, ILogger<LlmClaimPairJudge> logger) : IClaimPairJudge
{
    public const string PromptName = "MatchClaims";
    public const string Stage = "matching";
    /// <summary>Quotes and figures are enclosed in these; the prompt says what is inside is data.</summary>
    public const string OpenQuote = "⟦";
    public const string CloseQuote = "⟧";
    private const int MaxReasonLength = 200;

    private readonly LlmMatchingOptions _options = options.Value;

    public bool IsEnabled => _options.Enabled && _options.MaxPairsPerRun > 0 && llm.IsEnabled;

    public async Task<IReadOnlyDictionary<string, ClaimPairJudgement>> JudgeAsync(IReadOnlyList<ClaimPair> pairs, CancellationToken cancellationToken = default)
    {
        var decisions = new Dictionary<string, ClaimPairJudgement>(StringComparer.Ordinal);
        if (!IsEnabled || pairs.Count == 0)
        {
            return decisions;
        }
        var asked = pairs.Take(_options.MaxPairsPerRun).ToArray();
        if (asked.Length < pairs.Count)
        {
            logger.LogInformation("LLM matching: {Uncertain} uncertain pairs, asking about the first {Asked} (Llm:Matching:MaxPairsPerRun); the rest are decided offline", pairs.Count, asked.Length);
        }
        foreach (var batch in asked.Chunk(_options.PairsPerCall))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var localIds = batch.Select((_, i) => "p" + (i + 1).ToString(CultureInfo.InvariantCulture)).ToArray();
            var arguments = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["pairs"] = RenderPairs(batch, localIds),
                ["feedback"] = "",
            };
            var result = await AskAsync(arguments, localIds, cancellationToken);
            if (result.Error is { } error && result.Stop is null)
            {
                logger.LogWarning("LLM matching: invalid answer ({Error}); asking once more", error);
                arguments["feedback"] = RepairFeedback(error, localIds);
                result = await AskAsync(arguments, localIds, cancellationToken);
            }
            if (result.Stop is { } stop)
            {
                logger.LogWarning("LLM matching stopped ({Outcome}{Reason}); remaining pairs are decided offline", stop.Outcome, stop.Reason is null ? "" : ": " + stop.Reason);
                break;
            }
            if (result.Error is { } stillInvalid)
            {
                logger.LogWarning("LLM matching: answer still invalid after repair ({Error}); {Count} pairs decided offline", stillInvalid, batch.Length);
                continue;
            }
            var source = $"llm:{PromptName}@{Short(result.PromptVersion)}";
            for (var i = 0; i < batch.Length; i++)
            {
                var (sameFact, reason) = result.Decisions![localIds[i]];
                decisions[batch[i].Id] = new ClaimPairJudgement(batch[i].Id, sameFact, reason, source);
            }
        }
        return decisions;
    }

    private async Task<AskResult> AskAsync(IReadOnlyDictionary<string, string> arguments, string[] ids, CancellationToken cancellationToken)
    {
        var answer = await llm.CompleteAsync(PromptName, arguments, new LlmCallContext(Stage, null), cancellationToken);
        if (answer.Outcome is LlmOutcome.Unavailable or LlmOutcome.BudgetExhausted)
        {
            return new AskResult(answer, null, null, answer.PromptVersion);
        }
        if (answer.Text is null)
        {
            return new AskResult(null, null, "empty answer", answer.PromptVersion);
        }
        var parsed = Parse(answer.Text, ids, out var error);
        return new AskResult(null, parsed, error, answer.PromptVersion);
    }

    /// <summary>
    /// The prompt's data block: one entry per pair, every quote and figure text inside
    /// <see cref="OpenQuote"/>…<see cref="CloseQuote"/> on one line.
    /// </summary>
    internal string RenderPairs(IReadOnlyList<ClaimPair> batch, IReadOnlyList<string> localIds)
    {
        var text = new StringBuilder();
        for (var i = 0; i < batch.Count; i++)
        {
            var pair = batch[i];
            text.Append("PAIR ").Append(localIds[i]).Append('\n');
            AppendClaim(text, "A", pair.A, pair.DateA);
            AppendClaim(text, "B", pair.B, pair.DateB);
            text.Append("END PAIR ").Append(localIds[i]).Append("\n\n");
        }
        return text.ToString().TrimEnd('\n');
    }

    private void AppendClaim(StringBuilder text, string side, Claim claim, DateOnly? date)
    {
        text.Append(side).Append(": language ").Append(Clean(claim.Language, 16))
            .Append("; article date ").Append(date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown")
            .Append("; figure ").Append(OpenQuote).Append(Clean(claim.Value.Text, 80)).Append(CloseQuote).Append('\n')
            .Append(side).Append(" quote: ").Append(OpenQuote).Append(Clean(claim.Quote, _options.MaxQuoteLength)).Append(CloseQuote).Append('\n');
    }

    /// <summary>One line, no delimiter characters (so a quote cannot close its own block), bounded length.</summary>
    private static string Clean(string value, int maxLength)
    {
        var text = WhiteSpace().Replace(value.Replace(OpenQuote, "[", StringComparison.Ordinal).Replace(CloseQuote, "]", StringComparison.Ordinal), " ").Trim();
        return text.Length <= maxLength ? text : text[..maxLength].TrimEnd() + "…";
    }

    private static string RepairFeedback(string error, IReadOnlyList<string> ids) =>
        $"Your previous answer was rejected: {error}. Reply again with only the JSON object described above: " +
        $"\"pairs\" with exactly one entry for each of these ids: {string.Join(", ", ids)}; each entry has " +
        "\"id\" (string), \"same_fact\" (true or false) and \"reason\" (string), and nothing else.";

    /// <summary>
    /// Strict: a JSON object with exactly "pairs", an array of objects with exactly "id" (one of
    /// <paramref name="ids"/>, each once), "same_fact" (boolean) and "reason" (string), covering every id.
    /// </summary>
    internal static Dictionary<string, (bool SameFact, string Reason)>? Parse(string text, IReadOnlyList<string> ids, out string? error)
    {
        error = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            error = "not JSON: " + e.Message;
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "the answer is not a JSON object";
                return null;
            }
            if (root.EnumerateObject().Any(p => p.Name != "pairs") || !root.TryGetProperty("pairs", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                error = "expected an object with only a \"pairs\" array";
                return null;
            }
            var wanted = ids.ToHashSet(StringComparer.Ordinal);
            var result = new Dictionary<string, (bool, string)>(StringComparer.Ordinal);
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object
                    || item.EnumerateObject().Any(p => p.Name is not ("id" or "same_fact" or "reason"))
                    || !item.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                    || !item.TryGetProperty("same_fact", out var same) || same.ValueKind is not (JsonValueKind.True or JsonValueKind.False)
                    || !item.TryGetProperty("reason", out var reason) || reason.ValueKind != JsonValueKind.String)
                {
                    error = "each entry needs exactly \"id\" (string), \"same_fact\" (boolean) and \"reason\" (string)";
                    return null;
                }
                var key = id.GetString()!;
                if (!wanted.Contains(key))
                {
                    error = $"unknown pair id \"{Clean(key, 20)}\"";
                    return null;
                }
                if (!result.TryAdd(key, (same.GetBoolean(), Clean(reason.GetString()!, MaxReasonLength))))
                {
                    error = $"pair id \"{key}\" answered twice";
                    return null;
                }
            }
            var missing = ids.Where(i => !result.ContainsKey(i)).ToArray();
            if (missing.Length > 0)
            {
                error = "no answer for " + string.Join(", ", missing);
                return null;
            }
            return result;
        }
    }

    private static string Short(string promptVersion) => promptVersion.Length <= 12 ? promptVersion : promptVersion[..12];

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex WhiteSpace();

    /// <param name="Stop">Set when the client said the budget is spent or the model is unavailable.</param>
    /// <param name="Error">Set when the answer was not valid.</param>
    private sealed record AskResult(LlmAnswer? Stop, Dictionary<string, (bool SameFact, string Reason)>? Decisions, string? Error, string PromptVersion);
}
