using System.Net;
using FactPipeline.Core.Fetching.Web;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Fetching.Web;

/// <summary>A failed fetch is a one-line problem for the report and a warning, with the exception, in the log.</summary>
public sealed class HttpFetcherErrorTests
{
    [Fact]
    public async Task Fetch_ConnectionDropsMidBody_ProblemAndWarningWithTheException()
    {
        var options = Options.Create(new FetchOptions { AllowPrivateNetwork = true, PolitenessDelay = TimeSpan.Zero });
        using var gate = new HostGate(options, TimeProvider.System);
        var logger = new RecordingLogger<HttpFetcher>();
        var fetcher = new HttpFetcher(new StubClients(), new AddressGuard(options), gate, options, TimeProvider.System, logger);

        var response = await fetcher.FetchAsync(new FetchRequest(new Uri("http://127.0.0.1/dropped.html")), TestContext.Current.CancellationToken);

        response.Reason.ShouldBe("connection failed while reading the body: connection reset by the test");
        var entry = logger.Entries.ShouldHaveSingleItem();
        entry.Level.ShouldBe(LogLevel.Warning);
        entry.Message.ShouldBe("Fetching http://127.0.0.1/dropped.html failed: connection failed while reading the body");
        entry.Exception.ShouldBeOfType<IOException>().StackTrace.ShouldNotBeNullOrEmpty();
    }

    private sealed class StubClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(new StubHandler());
    }

    private sealed class StubHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new DroppingStream());
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/html");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }

    /// <summary>Fails the first read, as a reset connection does.</summary>
    private sealed class DroppingStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("connection reset by the test");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
