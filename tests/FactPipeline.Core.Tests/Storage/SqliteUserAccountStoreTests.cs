using FactPipeline.Core.Accounts;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Storage;

public sealed class SqliteUserAccountStoreTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private SqliteUserAccountStore Store() => new(Options.Create(new StorageOptions { DatabasePath = _temp.File("desk.db") }));

    [Fact]
    public async Task SaveSignInState_ThenFindInANewStore_GivesEveryFieldBack()
    {
        var created = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(7));
        var locked = new DateTimeOffset(2026, 12, 2, 2, 15, 0, TimeSpan.Zero);
        await Store().AddAsync(new UserAccount("desk.admin", UserRole.Admin, "AQAAAAIAAYagAAAAE-hash", created), Ct);
        await Store().SaveSignInStateAsync("DESK.ADMIN", 2, locked, Ct);

        var found = (await Store().FindAsync("Desk.Admin", Ct)).ShouldNotBeNull();

        found.ShouldBe(new UserAccount("desk.admin", UserRole.Admin, "AQAAAAIAAYagAAAAE-hash", created) { FailedSignIns = 2, LockedUntil = locked });
    }

    [Fact]
    public async Task Add_NameTakenInAnotherCase_ReturnsFalseAndKeepsTheFirst()
    {
        var store = Store();
        (await store.AddAsync(new UserAccount("Editor", UserRole.Editor, "h1", DateTimeOffset.UnixEpoch), Ct)).ShouldBeTrue();

        (await store.AddAsync(new UserAccount("editor", UserRole.Viewer, "h2", DateTimeOffset.UnixEpoch), Ct)).ShouldBeFalse();

        (await store.ListAsync(Ct)).Select(a => (a.Name, a.Role, a.PasswordHash)).ShouldBe([("Editor", UserRole.Editor, "h1")]);
    }

    [Fact]
    public async Task List_SeveralUsers_ComesInNameOrder()
    {
        var store = Store();
        foreach (var name in new[] { "carol", "alice", "bob" })
        {
            await store.AddAsync(new UserAccount(name, UserRole.Viewer, "h", DateTimeOffset.UnixEpoch), Ct);
        }

        (await store.ListAsync(Ct)).Select(a => a.Name).ShouldBe(["alice", "bob", "carol"]);
    }

    [Fact]
    public async Task Remove_UnknownName_ReturnsFalse()
    {
        (await Store().RemoveAsync("nobody", Ct)).ShouldBeFalse();
    }
}
