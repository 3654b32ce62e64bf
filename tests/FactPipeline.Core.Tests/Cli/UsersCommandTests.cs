using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Cli;

/// <summary><c>users add|list|remove</c>, in process, over a real database file.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task<CliResult> UsersAsync(string? stdin, params string[] args) =>
        CliRunner.RunAsync(_temp.Path, null, ["users", .. args, "--db", _temp.File("desk.db")], stdin, Ct);

    [Fact]
    public async Task Add_PasswordOnStdin_ListShowsTheUserAndRole()
    {
        var (addExit, addOutput, addErrors) = await UsersAsync("correct horse battery\n", "add", "desk.editor", "--role", "editor", "--password-stdin");
        var (listExit, listOutput, _) = await UsersAsync(null, "list");

        addExit.ShouldBe(0, addErrors);
        addOutput.Trim().ShouldBe("added desk.editor (editor)");
        listExit.ShouldBe(0);
        listOutput.Trim().ShouldBe("desk.editor\teditor");
    }

    [Fact]
    public async Task Add_ExistingName_ExitsTwoWithTheReason()
    {
        await UsersAsync("correct horse battery\n", "add", "editor", "--role", "editor", "--password-stdin");

        var (exitCode, _, errors) = await UsersAsync("another long password\n", "add", "EDITOR", "--role", "admin", "--password-stdin");

        exitCode.ShouldBe(2);
        errors.Trim().ShouldBe("error: user EDITOR exists already");
    }

    [Fact]
    public async Task Add_NoPasswordStdinAndNoTerminal_ExitsTwoWithoutAddingAnyone()
    {
        var (exitCode, _, errors) = await UsersAsync(null, "add", "editor", "--role", "editor");
        var (_, listOutput, _) = await UsersAsync(null, "list");

        exitCode.ShouldBe(2);
        errors.Trim().ShouldBe("error: no password: pass --password-stdin and write it to standard input, or run on a terminal");
        listOutput.ShouldBeEmpty();
    }

    [Fact]
    public async Task Add_BadName_ExitsTwoBeforeReadingAPassword()
    {
        var (exitCode, _, errors) = await UsersAsync(null, "add", "two words", "--role", "viewer");

        exitCode.ShouldBe(2);
        errors.ShouldContain("error: user name 'two words' is not accepted");
    }

    [Fact]
    public async Task Remove_ExistingAndMissingUser_RemovesOnceThenExitsTwo()
    {
        await UsersAsync("correct horse battery\n", "add", "viewer", "--role", "viewer", "--password-stdin");

        var (firstExit, firstOutput, _) = await UsersAsync(null, "remove", "viewer");
        var (secondExit, _, secondErrors) = await UsersAsync(null, "remove", "viewer");

        firstExit.ShouldBe(0);
        firstOutput.Trim().ShouldBe("removed viewer");
        secondExit.ShouldBe(2);
        secondErrors.Trim().ShouldBe("error: no user viewer");
    }
}
