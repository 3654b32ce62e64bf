using System.Net;
using FactPipeline.Core.Fetching.Web;

namespace FactPipeline.Core.Tests.Fetching.Web;

public sealed class FetchTransienceTests
{
    [Fact]
    public void IsTransient_Refusal_IsNeverRetried() =>
        FetchTransience.IsTransient(Polly.Outcome.FromException<HttpResponseMessage>(
            new HttpRequestException("connect", new FetchRefusedException("refused: resolves to private address 10.0.0.5")))).ShouldBeFalse();

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(503, true)]
    [InlineData(404, false)]
    [InlineData(200, false)]
    public void IsTransient_Status_FollowsHttpSemantics(int status, bool transient)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        FetchTransience.IsTransient(Polly.Outcome.FromResult(response)).ShouldBe(transient);
    }
}
