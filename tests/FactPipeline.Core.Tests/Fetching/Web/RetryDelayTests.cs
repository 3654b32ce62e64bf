using System.Net;
using System.Net.Http.Headers;
using FactPipeline.Core.Fetching.Web;

namespace FactPipeline.Core.Tests.Fetching.Web;

public sealed class RetryDelayTests
{
    private static HttpResponseMessage TooManyRequests(RetryConditionHeaderValue retryAfter) =>
        new(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = retryAfter } };

    [Fact]
    public void FromRetryAfter_Seconds_WaitsThatLong()
    {
        using var response = TooManyRequests(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));

        RetryDelay.FromRetryAfter(response, TimeSpan.FromMinutes(1)).ShouldBe(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public void FromRetryAfter_BeyondCap_WaitsTheCap()
    {
        using var response = TooManyRequests(new RetryConditionHeaderValue(TimeSpan.FromHours(2)));

        RetryDelay.FromRetryAfter(response, TimeSpan.FromMinutes(1)).ShouldBe(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void FromRetryAfter_Date_WaitsUntilThen()
    {
        var now = new DateTimeOffset(2026, 1, 12, 8, 0, 0, TimeSpan.Zero);
        using var response = TooManyRequests(new RetryConditionHeaderValue(now.AddSeconds(30)));

        RetryDelay.FromRetryAfter(response, TimeSpan.FromMinutes(1), now).ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void FromRetryAfter_NoHeader_LeavesItToBackoff()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        RetryDelay.FromRetryAfter(response, TimeSpan.FromMinutes(1)).ShouldBeNull();
    }

    [Fact]
    public void IsTransient_Refusal_IsNeverRetried() =>
        RetryDelay.IsTransient(Polly.Outcome.FromException<HttpResponseMessage>(
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

        RetryDelay.IsTransient(Polly.Outcome.FromResult(response)).ShouldBe(transient);
    }
}
