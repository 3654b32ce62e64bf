using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace FactPipeline.Core.Fetching.Web;

/// <summary>Which fetch outcomes are worth another attempt.</summary>
internal static class FetchTransience
{
    /// <summary>408, 429, 5xx, connection failures and attempt timeouts; never our own refusals.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome)
    {
        for (var e = outcome.Exception; e is not null; e = e.InnerException)
        {
            if (e is FetchRefusedException)
            {
                return false;
            }
        }
        return HttpClientResiliencePredicates.IsTransient(outcome);
    }
}
