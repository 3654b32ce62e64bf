using System.Text.RegularExpressions;
using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Llm;

namespace FactPipeline.Core.Tests.CrossCheck;

/// <summary>A judge that answers from a rule and records what it was asked.</summary>
internal sealed class FakeJudge(Func<ClaimPair, bool?> decide, bool enabled = true) : IClaimPairJudge
{
    public List<ClaimPair> Asked { get; } = [];

    public bool IsEnabled => enabled;

    public Task<IReadOnlyDictionary<string, ClaimPairJudgement>> JudgeAsync(IReadOnlyList<ClaimPair> pairs, CancellationToken cancellationToken = default)
    {
        Asked.AddRange(pairs);
        var result = new Dictionary<string, ClaimPairJudgement>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            if (decide(pair) is { } same)
            {
                result[pair.Id] = new ClaimPairJudgement(pair.Id, same, same ? "same budget" : "different programmes", "fake");
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, ClaimPairJudgement>>(result);
    }
}

/// <summary>An <see cref="ILlmClient"/> that answers from a script and records every call.</summary>
internal sealed partial class FakeLlmClient(Func<FakeLlmClient.Call, LlmAnswer> respond, bool enabled = true) : ILlmClient
{
    public sealed record Call(string PromptName, IReadOnlyDictionary<string, string> Arguments, LlmCallContext Context)
    {
        /// <summary>The batch-local pair ids in the rendered payload ("p1", "p2", ...).</summary>
        public IReadOnlyList<string> PairIds => PairHeader().Matches(Arguments["pairs"]).Select(m => m.Groups[1].Value).ToArray();
    }

    public List<Call> Calls { get; } = [];

    public bool IsEnabled => enabled;

    public Task<LlmAnswer> CompleteAsync(string promptName, IReadOnlyDictionary<string, string> arguments, LlmCallContext context, CancellationToken cancellationToken = default)
    {
        var call = new Call(promptName, new Dictionary<string, string>(arguments), context);
        Calls.Add(call);
        return Task.FromResult(respond(call));
    }

    public static LlmAnswer Ok(string text) => new(LlmOutcome.Ok, text, "v1matchprompt0001", 100, 20);

    public static LlmAnswer Fail(LlmOutcome outcome) => new(outcome, null, "v1matchprompt0001", 0, 0, "test");

    /// <summary>A valid answer giving <paramref name="sameFact"/> for every pair of the call.</summary>
    public static LlmAnswer AnswerAll(Call call, bool sameFact) =>
        Ok("{\"pairs\":[" + string.Join(",", call.PairIds.Select(id =>
            $"{{\"id\":\"{id}\",\"same_fact\":{(sameFact ? "true" : "false")},\"reason\":\"both give Korea's AI budget\"}}")) + "]}");

    [GeneratedRegex(@"^PAIR (p\d+)$", RegexOptions.Multiline)]
    private static partial Regex PairHeader();
}
