using FactPipeline.Core.Accounts;
using FactPipeline.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.TestSupport;

/// <summary>
/// The review desk as <c>factpipeline serve</c> starts it (<see cref="DeskApp.Build"/>), on Kestrel at a free port of
/// 127.0.0.1: a real socket, because a browser cannot reach WebApplicationFactory's in-memory server.
/// </summary>
public sealed class DeskServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DeskServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>"http://127.0.0.1:PORT", without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <param name="databasePath">The store a run wrote (or a new file): the desk creates or migrates it on start.</param>
    /// <param name="settings">More configuration keys, applied after the database path.</param>
    public static async Task<DeskServer> StartAsync(
        string databasePath, IReadOnlyDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = databasePath,
            // Port 0: the OS picks a free port, so parallel test classes never collide.
            ["urls"] = "http://127.0.0.1:0",
            // Request logs of every page and script would bury the test output; problems still show.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }
        var app = DeskApp.Build([], overrides);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return new DeskServer(app, address);
    }

    /// <summary>The desk's services, for a test to read what the store holds behind the pages it drives.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>An absolute URL of a desk path ("/findings" becomes "http://127.0.0.1:PORT/findings").</summary>
    public string Url(string path) => BaseUrl + path;

    /// <summary>A desk account, added as <c>factpipeline users add</c> adds one.</summary>
    public Task AddUserAsync(string name, UserRole role, string password, CancellationToken cancellationToken = default) =>
        _app.Services.GetRequiredService<AccountService>().AddAsync(name, role, password, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        // Pooled connections would keep the database file open for the test's temp folder to delete.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
