using FactPipeline.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Bench;

/// <summary>The pipeline's services with default settings over a database of the bench's own.</summary>
internal static class BenchServices
{
    public static ServiceProvider OverDatabase(string databasePath) =>
        new ServiceCollection().AddFactPipeline(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = databasePath,
        }).Build()).BuildServiceProvider();
}
