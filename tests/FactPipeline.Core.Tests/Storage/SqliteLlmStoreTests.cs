using FactPipeline.Core.Llm;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Storage;

public sealed class SqliteLlmStoreTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private SqliteLlmStore Store() => new(Options.Create(new StorageOptions { DatabasePath = _temp.File("facts.db") }), TimeProvider.System);

    [Fact]
    public async Task SaveAnswer_ThenGetFromAnotherInstance_ReturnsTextAndTokens()
    {
        await Store().SaveAnswerAsync("k1", "gpt-4o-mini", "Ping", "0123456789ab", new LlmCachedAnswer("""{"pong":"a"}""", 10, 5), Ct);

        (await Store().GetAnswerAsync("k1", Ct)).ShouldBe(new LlmCachedAnswer("""{"pong":"a"}""", 10, 5));
        (await Store().GetAnswerAsync("k2", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task SaveRunUsage_Twice_KeepsTheLatest()
    {
        var store = Store();
        var usage = LlmRunUsage.Empty("run-1") with
        {
            Calls = 3,
            PromptTokens = 3600,
            CompletionTokens = 900,
            EstimatedCostUsd = 0.00108m,
            ByStage = new Dictionary<string, LlmUsageLine> { ["claims"] = new(3, 0, 3600, 900, 0.00108m) },
            UnavailableReasons = new Dictionary<string, int> { ["timed out after 3 attempts"] = 1 },
            BudgetExhausted = true,
        };
        await store.SaveRunUsageAsync(usage with { Calls = 1 }, Ct);

        await store.SaveRunUsageAsync(usage, Ct);

        var loaded = (await Store().GetRunUsageAsync("run-1", Ct))!;
        (loaded.Calls, loaded.TotalTokens, loaded.EstimatedCostUsd, loaded.BudgetExhausted).ShouldBe((3, 4500L, 0.00108m, true));
        loaded.ByStage["claims"].ShouldBe(new LlmUsageLine(3, 0, 3600, 900, 0.00108m));
        loaded.UnavailableReasons["timed out after 3 attempts"].ShouldBe(1);
    }

    [Fact]
    public async Task SameFileAsFacts_BothStoresWork()
    {
        var facts = new SqliteFactStore(Options.Create(new StorageOptions { DatabasePath = _temp.File("facts.db") }));
        await facts.InitializeAsync(Ct);

        await Store().SaveAnswerAsync("k1", "m", "Ping", "v", new LlmCachedAnswer("x", 1, 1), Ct);

        (await Store().GetAnswerAsync("k1", Ct)).ShouldNotBeNull();
        var run = await facts.StartRunAsync(["a.txt"], DateTimeOffset.UnixEpoch, Ct);
        run.Id.ShouldNotBeNullOrEmpty();
    }
}
