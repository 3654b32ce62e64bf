using System.Collections;
using FactPipeline.Core.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FactPipeline.Cli;

/// <summary>
/// Exports the run's traces and metrics (<see cref="PipelineTelemetry"/>) with the OpenTelemetry OTLP exporter,
/// only when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise nothing listens and nothing leaves the machine. The
/// standard OTEL_* variables (protocol, headers, service name) configure the exporter as usual.
/// </summary>
internal static class OtlpTelemetry
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceName = "factpipeline";

    /// <summary>
    /// The OTEL_* environment variables under their own names: the host reads only FACTPIPELINE_* variables
    /// (defaults disabled), and the OpenTelemetry SDK reads its settings from the configuration.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string?>> FromEnvironment(IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        foreach (DictionaryEntry entry in environment)
        {
            if (entry.Key is string name && name.StartsWith("OTEL_", StringComparison.Ordinal))
            {
                yield return new(name, entry.Value as string);
            }
        }
    }

    /// <summary>Registers tracing and metrics export when the endpoint is configured; returns whether it did.</summary>
    public static bool AddIfConfigured(IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[EndpointVariable]))
        {
            return false;
        }
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing.AddSource(PipelineTelemetry.Name).AddOtlpExporter())
            .WithMetrics(metrics => metrics.AddMeter(PipelineTelemetry.Name).AddOtlpExporter());
        return true;
    }
}
