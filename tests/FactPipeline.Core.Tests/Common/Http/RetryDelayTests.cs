using System.Net;
using System.Net.Http.Headers;
using FactPipeline.Core.Common.Http;

namespace FactPipeline.Core.Tests.Common.Http;

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
}
