using FactPipeline.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Cli;

/// <summary>The CLI's logging: on by default at Warning, to stderr; --verbose lowers the level.</summary>
public sealed class AppHostTests
{
    private static ServiceProvider Logging(bool verbose, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        return new ServiceCollection().AddLogging(b => AppHost.ConfigureLogging(b, configuration, verbose)).BuildServiceProvider();
    }

    [Fact]
    public void ConfigureLogging_Default_WarningsOnAndInformationOff()
    {
        using var services = Logging(verbose: false);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("FactPipeline.Core.Pipeline.PipelineRunner");

        logger.IsEnabled(LogLevel.Warning).ShouldBeTrue();
        logger.IsEnabled(LogLevel.Information).ShouldBeFalse();
        services.GetServices<ILoggerProvider>().ShouldContain(p => p is ConsoleLoggerProvider);
    }

    [Fact]
    public void ConfigureLogging_Verbose_OurDebugAndFrameworkInformation()
    {
        using var services = Logging(verbose: true);
        var factory = services.GetRequiredService<ILoggerFactory>();

        factory.CreateLogger("FactPipeline.Core.Pipeline.PipelineRunner").IsEnabled(LogLevel.Debug).ShouldBeTrue();
        var framework = factory.CreateLogger("System.Net.Http.HttpClient.Llm.LogicalHandler");
        (framework.IsEnabled(LogLevel.Information), framework.IsEnabled(LogLevel.Debug)).ShouldBe((true, false));
    }

    [Fact]
    public void ConfigureLogging_AnyLevel_WritesToStandardErrorSoStdoutStaysTheReport()
    {
        using var services = Logging(verbose: true);

        services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.LogToStandardErrorThreshold.ShouldBe(LogLevel.Trace);
    }

    [Fact]
    public void ConfigureLogging_LoggingSectionInSettings_TunesACategory()
    {
        using var services = Logging(verbose: false, new() { ["Logging:LogLevel:FactPipeline.Core.Fetching"] = "Information" });
        var factory = services.GetRequiredService<ILoggerFactory>();

        factory.CreateLogger("FactPipeline.Core.Fetching.Web.HttpFetcher").IsEnabled(LogLevel.Information).ShouldBeTrue();
        factory.CreateLogger("FactPipeline.Core.Claims.ClaimExtractor").IsEnabled(LogLevel.Information).ShouldBeFalse();
    }
}
