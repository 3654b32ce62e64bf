using FactPipeline.Core.Accounts;
using FactPipeline.Core.Fetching;
using FactPipeline.Core.Llm;

namespace FactPipeline.Core.Tests.Storage.Contracts;

/// <summary>The stores beside the facts (fetch state, LLM cache, users): the same behaviour on every provider.</summary>
public abstract class SideStoresContract(IStoreBackend backend) : StoreContract(backend)
{
    [Fact]
    public async Task FetchState_SavedTwiceThenForgotten_GivesTheLatestThenNothing()
    {
        var s = await OpenAsync();
        await s.FetchState.InitializeAsync(Ct);
        await s.FetchState.SaveAsync(new FetchState("https://news.example/a", "\"v1\"", null, "a1"), Ct);
        await s.FetchState.SaveAsync(new FetchState("https://news.example/b", null, "Tue, 01 Dec 2026 10:00:00 GMT", "b1"), Ct);

        await s.FetchState.SaveAsync(new FetchState("https://news.example/a", "\"v2\"", "Wed, 02 Dec 2026 10:00:00 GMT", "a2"), Ct);
        var reopened = (await OpenAsync()).FetchState;

        (await reopened.GetAsync("https://news.example/a", Ct)).ShouldBe(new FetchState("https://news.example/a", "\"v2\"", "Wed, 02 Dec 2026 10:00:00 GMT", "a2"));
        (await reopened.GetAsync("https://news.example/b", Ct)).ShouldBe(new FetchState("https://news.example/b", null, "Tue, 01 Dec 2026 10:00:00 GMT", "b1"));
        await reopened.ForgetAsync("https://news.example/a", Ct);
        (await s.FetchState.GetAsync("https://news.example/a", Ct)).ShouldBeNull();
        (await s.FetchState.GetAsync("https://news.example/b", Ct)).ShouldNotBeNull();
    }

    [Fact]
    public async Task LlmAnswer_SavedTwiceUnderOneKey_KeepsTheFirst()
    {
        var s = await OpenAsync();
        await s.LlmAnswerSaveAsync("k1", new LlmCachedAnswer("""{"pong":"가"}""", 10, 5));

        await s.LlmAnswerSaveAsync("k1", new LlmCachedAnswer("other", 1, 1));

        (await (await OpenAsync()).Llm.GetAnswerAsync("k1", Ct)).ShouldBe(new LlmCachedAnswer("""{"pong":"가"}""", 10, 5));
        (await s.Llm.GetAnswerAsync("k2", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task LlmRunUsage_SavedTwice_KeepsTheLatestWithExactCost()
    {
        var s = await OpenAsync();
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
        await s.Llm.SaveRunUsageAsync(usage with { Calls = 1 }, Ct);

        await s.Llm.SaveRunUsageAsync(usage, Ct);
        await s.Llm.SaveRunUsageAsync(LlmRunUsage.Empty(null) with { Calls = 9 }, Ct);

        var loaded = (await (await OpenAsync()).Llm.GetRunUsageAsync("run-1", Ct)).ShouldNotBeNull();
        (loaded.Calls, loaded.TotalTokens, loaded.EstimatedCostUsd, loaded.BudgetExhausted).ShouldBe((3, 4500L, 0.00108m, true));
        loaded.ByStage["claims"].ShouldBe(new LlmUsageLine(3, 0, 3600, 900, 0.00108m));
        loaded.UnavailableReasons["timed out after 3 attempts"].ShouldBe(1);
        (await s.Llm.GetRunUsageAsync("run-2", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task User_LockedOutThenFoundInAnyCase_GivesEveryFieldBack()
    {
        var s = await OpenAsync();
        var created = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(7));
        var locked = new DateTimeOffset(2026, 12, 2, 2, 15, 0, TimeSpan.Zero);
        (await s.Users.AddAsync(new UserAccount("desk.admin", UserRole.Admin, "AQAAAAIAAYagAAAAE-hash", created), Ct)).ShouldBeTrue();

        await s.Users.SaveSignInStateAsync("DESK.ADMIN", 2, locked, Ct);
        var found = (await (await OpenAsync()).Users.FindAsync("Desk.Admin", Ct)).ShouldNotBeNull();
        await s.Users.SaveSignInStateAsync("desk.admin", 0, null, Ct);

        found.ShouldBe(new UserAccount("desk.admin", UserRole.Admin, "AQAAAAIAAYagAAAAE-hash", created) { FailedSignIns = 2, LockedUntil = locked });
        (await s.Users.FindAsync("desk.admin", Ct)).ShouldNotBeNull().ShouldBe(new UserAccount("desk.admin", UserRole.Admin, "AQAAAAIAAYagAAAAE-hash", created));
        (await s.Users.FindAsync("nobody", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task User_NameTakenInAnotherCase_IsRefusedAndTheFirstKept()
    {
        var s = await OpenAsync();
        (await s.Users.AddAsync(new UserAccount("Editor", UserRole.Editor, "h1", DateTimeOffset.UnixEpoch), Ct)).ShouldBeTrue();

        (await s.Users.AddAsync(new UserAccount("editor", UserRole.Viewer, "h2", DateTimeOffset.UnixEpoch), Ct)).ShouldBeFalse();

        (await s.Users.ListAsync(Ct)).Select(a => (a.Name, a.Role, a.PasswordHash)).ShouldBe([("Editor", UserRole.Editor, "h1")]);
    }

    [Fact]
    public async Task Users_ListedByNameAndRemovedInAnyCase()
    {
        var s = await OpenAsync();
        foreach (var name in new[] { "carol", "alice", "Bob" })
        {
            await s.Users.AddAsync(new UserAccount(name, UserRole.Viewer, "h", DateTimeOffset.UnixEpoch), Ct);
        }

        var listed = (await s.Users.ListAsync(Ct)).Select(a => a.Name).ToArray();
        var removed = await s.Users.RemoveAsync("ALICE", Ct);
        var removedAgain = await s.Users.RemoveAsync("alice", Ct);

        listed.ShouldBe(["alice", "Bob", "carol"]);
        (removed, removedAgain).ShouldBe((true, false));
        (await s.Users.ListAsync(Ct)).Select(a => a.Name).ShouldBe(["Bob", "carol"]);
    }
}

internal static class ContractStoresExtensions
{
    public static Task LlmAnswerSaveAsync(this ContractStores stores, string key, LlmCachedAnswer answer) =>
        stores.Llm.SaveAnswerAsync(key, "gpt-4o-mini", "Ping", "0123456789ab", answer, TestContext.Current.CancellationToken);
}

public sealed class SqliteSideStoresContractTests() : SideStoresContract(new SqliteBackend());

public sealed class PostgresSideStoresContractTests(PostgresContractFixture fixture)
    : SideStoresContract(new PostgresBackend(fixture)), IClassFixture<PostgresContractFixture>;
