using FactPipeline.Core.Accounts;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactPipeline.Core.Tests.Accounts;

/// <summary><see cref="AccountService"/> over the real SQLite store, with a fake clock for lockouts.</summary>
public sealed class AccountServiceTests : IDisposable
{
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly SqliteUserAccountStore _store;
    private readonly AccountService _accounts;

    public AccountServiceTests()
    {
        _store = new SqliteUserAccountStore(Options.Create(new StorageOptions { DatabasePath = _temp.File("users.db") }));
        _accounts = new AccountService(
            _store, Options.Create(new AccountOptions { MaxFailedSignIns = 3, LockoutDuration = TimeSpan.FromMinutes(10) }), _time, NullLogger<AccountService>.Instance);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Add_ThenSignInWithThePassword_SucceedsAndStoresOnlyAHash()
    {
        await _accounts.AddAsync("desk.editor", UserRole.Editor, Password, Ct);

        var result = await _accounts.SignInAsync("desk.editor", Password, Ct);

        result.Outcome.ShouldBe(SignInOutcome.Succeeded);
        result.Account.ShouldNotBeNull().Role.ShouldBe(UserRole.Editor);
        var stored = (await _store.FindAsync("desk.editor", Ct)).ShouldNotBeNull();
        stored.PasswordHash.ShouldNotContain(Password);
        stored.PasswordHash.Length.ShouldBeGreaterThan(40);
        stored.CreatedAt.ShouldBe(_time.GetUtcNow());
    }

    [Fact]
    public async Task SignIn_WrongPasswordOrUnknownName_GiveTheSameOutcome()
    {
        await _accounts.AddAsync("editor", UserRole.Editor, Password, Ct);

        (await _accounts.SignInAsync("editor", "wrong password here", Ct)).Outcome.ShouldBe(SignInOutcome.WrongNameOrPassword);
        (await _accounts.SignInAsync("nobody", Password, Ct)).Outcome.ShouldBe(SignInOutcome.WrongNameOrPassword);
    }

    [Fact]
    public async Task SignIn_ThirdFailureInARow_LocksEvenTheRightPasswordOutUntilTheLockoutEnds()
    {
        await _accounts.AddAsync("editor", UserRole.Editor, Password, Ct);

        (await _accounts.SignInAsync("editor", "wrong 1", Ct)).Outcome.ShouldBe(SignInOutcome.WrongNameOrPassword);
        (await _accounts.SignInAsync("editor", "wrong 2", Ct)).Outcome.ShouldBe(SignInOutcome.WrongNameOrPassword);
        var third = await _accounts.SignInAsync("editor", "wrong 3", Ct);
        _time.Advance(TimeSpan.FromMinutes(9));
        var stillLocked = await _accounts.SignInAsync("editor", Password, Ct);
        _time.Advance(TimeSpan.FromMinutes(1));
        var afterLockout = await _accounts.SignInAsync("editor", Password, Ct);

        third.Outcome.ShouldBe(SignInOutcome.LockedOut);
        third.LockedUntil.ShouldBe(new DateTimeOffset(2026, 12, 2, 9, 10, 0, TimeSpan.Zero));
        stillLocked.Outcome.ShouldBe(SignInOutcome.LockedOut);
        afterLockout.Outcome.ShouldBe(SignInOutcome.Succeeded);
        (await _store.FindAsync("editor", Ct)).ShouldNotBeNull().FailedSignIns.ShouldBe(0);
    }

    [Fact]
    public async Task SignIn_SuccessBetweenFailures_StartsTheCountAgain()
    {
        await _accounts.AddAsync("editor", UserRole.Editor, Password, Ct);

        await _accounts.SignInAsync("editor", "wrong 1", Ct);
        await _accounts.SignInAsync("editor", "wrong 2", Ct);
        await _accounts.SignInAsync("editor", Password, Ct);
        var afterTwoMore = await _accounts.SignInAsync("editor", "wrong 3", Ct);
        await _accounts.SignInAsync("editor", "wrong 4", Ct);

        afterTwoMore.Outcome.ShouldBe(SignInOutcome.WrongNameOrPassword);
        (await _accounts.SignInAsync("editor", Password, Ct)).Outcome.ShouldBe(SignInOutcome.Succeeded);
    }

    [Fact]
    public async Task Add_SameNameInOtherLetterCase_ThrowsExistsAlready()
    {
        await _accounts.AddAsync("Editor", UserRole.Editor, Password, Ct);

        var error = await Should.ThrowAsync<AccountException>(() => _accounts.AddAsync("editor", UserRole.Admin, Password, Ct));

        error.Message.ShouldBe("user editor exists already");
        (await _accounts.ListAsync(Ct)).Single().Role.ShouldBe(UserRole.Editor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("<script>")]
    [InlineData("name\nwith-newline")]
    public async Task Add_NameOutsideTheRule_ThrowsNamingTheRule(string name)
    {
        var error = await Should.ThrowAsync<AccountException>(() => _accounts.AddAsync(name, UserRole.Viewer, Password, Ct));

        error.Message.ShouldContain("letters, digits, '.', '_', '-' or '@'");
        (await _accounts.ListAsync(Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Add_PasswordShorterThanTheMinimum_ThrowsWithTheMinimum()
    {
        var error = await Should.ThrowAsync<AccountException>(() => _accounts.AddAsync("viewer", UserRole.Viewer, "elevenchars", Ct));

        error.Message.ShouldBe("the password is too short: at least 12 characters");
    }

    [Fact]
    public async Task Remove_ThenSignIn_FailsAndRemovingAgainThrows()
    {
        await _accounts.AddAsync("viewer", UserRole.Viewer, Password, Ct);

        await _accounts.RemoveAsync("VIEWER", Ct);

        (await _accounts.SignInAsync("viewer", Password, Ct)).Outcome.ShouldBe(SignInOutcome.WrongNameOrPassword);
        (await Should.ThrowAsync<AccountException>(() => _accounts.RemoveAsync("viewer", Ct))).Message.ShouldBe("no user viewer");
    }
}
