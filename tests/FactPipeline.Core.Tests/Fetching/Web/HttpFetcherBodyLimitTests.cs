using System.Net;
using FactPipeline.Core.Fetching.Web;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Fetching.Web;

/// <summary>The body limit, measured at the stream: the fetcher stops reading, it does not download and then discard.</summary>
public sealed class HttpFetcherBodyLimitTests
{
    private const long Limit = 64 * 1024;

    [Fact]
    public async Task Fetch_EndlessBody_ReadsNoMoreThanTheLimitPlusOneBuffer()
    {
        var body = new EndlessStream();
        var options = Options.Create(new FetchOptions { AllowPrivateNetwork = true, MaxBodyBytes = Limit, PolitenessDelay = TimeSpan.Zero });
        using var gate = new HostGate(options, TimeProvider.System);
        var fetcher = new HttpFetcher(new StubClients(body), new AddressGuard(options), gate, options, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<HttpFetcher>.Instance);

        var response = await fetcher.FetchAsync(new FetchRequest(new Uri("http://127.0.0.1/endless.html")), TestContext.Current.CancellationToken);

        response.Reason.ShouldBe("too large: stopped at 0.1 MB");
        body.BytesRead.ShouldBeLessThanOrEqualTo(Limit + 81920);
    }

    private sealed class StubClients(Stream body) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(new StubHandler(body));
    }

    private sealed class StubHandler(Stream body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/html");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }

    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'x', offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
