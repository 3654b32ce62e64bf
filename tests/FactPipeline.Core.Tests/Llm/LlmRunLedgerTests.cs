using FactPipeline.Core.Llm;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Llm;

public sealed class LlmRunLedgerTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private SqliteLlmStore Store() => new(Options.Create(new StorageOptions { DatabasePath = _temp.File("facts.db") }), TimeProvider.System);

    private LlmRunLedger Ledger(int maxCalls = 10, long maxTokens = 1_000_000) =>
        new(Options.Create(new LlmOptions { Budget = new LlmBudgetOptions { MaxCalls = maxCalls, MaxTokens = maxTokens } }), Store());

    [Fact]
    public void TryReserveCall_MoreThanMaxCalls_OnlyMaxCallsGranted()
    {
        var ledger = Ledger(maxCalls: 3);

        var refusals = Enumerable.Range(0, 5).Select(_ => ledger.TryReserveCall(10)).ToList();

        refusals.Count(r => r is null).ShouldBe(3);
        ledger.Snapshot().BudgetExhausted.ShouldBeTrue();
    }

    [Fact]
    public void ReleaseCall_NothingSent_ReservationReturned()
    {
        var ledger = Ledger(maxCalls: 1);
        ledger.TryReserveCall(10).ShouldBeNull();

        ledger.ReleaseCall();

        ledger.TryReserveCall(10).ShouldBeNull();
        ledger.Snapshot().Calls.ShouldBe(0);
    }

    [Fact]
    public void RecordCall_PerStageAndArticle_SumsTokensAndCost()
    {
        var ledger = Ledger();

        ledger.RecordCall(new LlmCallContext("claims", "a1"), 1_000_000, 0);
        ledger.RecordCall(new LlmCallContext("matching", null), 0, 1_000_000);
        ledger.RecordCached(new LlmCallContext("claims", "a1"));

        var usage = ledger.Snapshot();
        usage.EstimatedCostUsd.ShouldBe(0.75m); // 0.15 + 0.60
        usage.ByStage["claims"].ShouldBe(new LlmUsageLine(1, 1, 1_000_000, 0, 0.15m));
        usage.ByStage["matching"].EstimatedCostUsd.ShouldBe(0.60m);
        usage.ByArticle.Keys.ShouldBe(["a1"]);
    }

    [Fact]
    public async Task BeginRun_RunSeenBefore_ContinuesFromItsUsage()
    {
        await Store().SaveRunUsageAsync(LlmRunUsage.Empty("run-1") with { Calls = 2, PromptTokens = 100 }, Ct);
        var ledger = Ledger(maxCalls: 3);

        await ledger.BeginRunAsync("run-1", Ct);

        ledger.Snapshot().Calls.ShouldBe(2);
        ledger.TryReserveCall(1).ShouldBeNull();
        ledger.TryReserveCall(1).ShouldBe("LLM budget spent: 3 calls per run (Llm:Budget:MaxCalls)");
    }

    [Fact]
    public async Task BeginRun_NewRun_StartsFromZero()
    {
        var ledger = Ledger();
        ledger.RecordCall(new LlmCallContext("claims", null), 5, 5);

        await ledger.BeginRunAsync("run-2", Ct);

        ledger.Snapshot().ShouldSatisfyAllConditions(u => u.RunId.ShouldBe("run-2"), u => u.Calls.ShouldBe(0));
    }

    [Fact]
    public async Task EndRun_AfterCachedAnswersOnly_StoresThem()
    {
        var ledger = Ledger();
        await ledger.BeginRunAsync("run-3", Ct);
        ledger.RecordCached(new LlmCallContext("claims", "a1"));

        var final = await ledger.EndRunAsync(Ct);

        final.CachedAnswers.ShouldBe(1);
        (await Store().GetRunUsageAsync("run-3", Ct))!.CachedAnswers.ShouldBe(1);
    }

    [Fact]
    public void Describe_BudgetSpentAndFailures_OneLine()
    {
        var usage = LlmRunUsage.Empty("r") with
        {
            Calls = 2,
            CachedAnswers = 1,
            PromptTokens = 2400,
            CompletionTokens = 600,
            EstimatedCostUsd = 0.00072m,
            BudgetExhausted = true,
            UnavailableReasons = new Dictionary<string, int> { ["timed out after 3 attempts"] = 2 },
        };

        usage.Describe().ShouldBe("LLM: 2 calls, 1 cached, 3000 tokens (~$0.0007); budget spent, later calls ran offline; unavailable: timed out after 3 attempts ×2");
    }
}
