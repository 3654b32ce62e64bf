using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Review;

public static class ReviewServiceCollectionExtensions
{
    /// <summary>The desk's side of the findings: tracking them across runs, and the editors' decisions.</summary>
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FindingTracker>();
        services.TryAddSingleton<ReviewDesk>();
        return services;
    }
}
