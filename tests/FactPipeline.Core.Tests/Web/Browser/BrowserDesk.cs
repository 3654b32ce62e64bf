using FactPipeline.Core.Accounts;
using Microsoft.Playwright;

namespace FactPipeline.Core.Tests.Web.Browser;

/// <summary>
/// A run of the command over some articles into a fresh database, and the desk started over it on a real socket
/// with one editor: what a newsroom has after <c>factpipeline run</c>, <c>users add</c> and <c>serve</c>.
/// </summary>
internal sealed class BrowserDesk : IAsyncDisposable
{
    public const string Editor = "desk.editor";
    public const string Password = DeskFactory.Password; // long enough for Accounts:MinPasswordLength

    private readonly TempDirectory? _temp;

    private BrowserDesk(TempDirectory? temp, DeskServer server)
    {
        _temp = temp;
        Server = server;
    }

    public DeskServer Server { get; }

    public static async Task<BrowserDesk> RunAndServeAsync(string inputs, CancellationToken cancellationToken)
    {
        var temp = new TempDirectory();
        try
        {
            var database = temp.File("desk.db");
            var (exitCode, _, errors) = await CliRunner.RunAsync(
                temp.Path, null, ["run", inputs, "--db", database, "--out", temp.File("out")], cancellationToken);
            exitCode.ShouldBe(0, errors);
            var desk = await ServeAsync(database, cancellationToken);
            return new BrowserDesk(temp, desk.Server);
        }
        catch
        {
            temp.Dispose();
            throw;
        }
    }

    /// <summary>The desk over a database the caller ran and keeps (it outlives the desk), with the one editor.</summary>
    public static async Task<BrowserDesk> ServeAsync(string database, CancellationToken cancellationToken)
    {
        var server = await DeskServer.StartAsync(database, cancellationToken: cancellationToken);
        try
        {
            await server.AddUserAsync(Editor, UserRole.Editor, Password, cancellationToken);
            return new BrowserDesk(null, server);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Opens <paramref name="path"/>, is sent to the sign-in form, fills it in as a person would and waits to be sent back.
    /// The fields are found by their names, not their labels: the form reads the same in every language of the desk.
    /// </summary>
    public async Task SignInAndOpenAsync(IPage page, string path)
    {
        await page.GotoAsync(Server.Url(path));
        page.Url.ShouldStartWith(Server.Url("/account/sign-in"));
        var form = page.Locator("main form:has(input[name=password])");
        await form.Locator("input[name=name]").FillAsync(Editor);
        await form.Locator("input[name=password]").FillAsync(Password);
        // The post and its answer, then the URL it leads to: waiting for the next page's load state (WaitForURL) once
        // never ended on a loaded CI machine although the page had loaded, as sign-out's wait did before.
        var signedIn = await page.RunAndWaitForResponseAsync(
            () => form.Locator("button[type=submit]").ClickAsync(), response => response.Request.Method == "POST");
        signedIn.Status.ShouldBe(302);
        await Assertions.Expect(page).ToHaveURLAsync(Server.Url(path), new() { Timeout = 60_000 });
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _temp?.Dispose();
    }
}
