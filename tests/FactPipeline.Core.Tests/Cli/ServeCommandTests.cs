using System.Net;
using System.Net.Sockets;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Cli;

/// <summary><c>serve</c>, in process: the desk listens where it is told, over the database it is given, until stopped.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Serve_DbAndUrls_AnswersOnLoopbackUntilStoppedAndCreatesTheStore()
    {
        var url = $"http://127.0.0.1:{FreeLoopbackPort()}";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var serve = CliRunner.RunAsync(_temp.Path, null, ["serve", "--db", "desk.db", "--urls", url], stop.Token);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };

        HttpResponseMessage? front = null;
        for (var attempt = 0; attempt < 100 && front is null && !serve.IsCompleted; attempt++)
        {
            try
            {
                front = await http.GetAsync("/", TestContext.Current.CancellationToken);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken); // not listening yet
            }
        }
        var stylesheet = await http.GetAsync("/css/desk.css", TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        var (exitCode, output, errors) = await serve;

        front.ShouldNotBeNull(errors).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        front.Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
        stylesheet.StatusCode.ShouldBe(HttpStatusCode.OK);
        exitCode.ShouldBe(0, errors);
        output.ShouldContain($"review desk: {url}");
        File.Exists(_temp.File("desk.db")).ShouldBeTrue();
    }
}
