using System.Collections;
using System.Collections.Concurrent;
using System.Net;
using FactPipeline.Cli;
using FactPipeline.Core.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FactPipeline.Core.Tests.Cli;

/// <summary>The CLI exports traces and metrics over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set.</summary>
public sealed class OtlpTelemetryTests
{
    private static (ServiceProvider Services, bool Added) Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        var added = OtlpTelemetry.AddIfConfigured(services, configuration);
        return (services.BuildServiceProvider(), added);
    }

    [Fact]
    public void AddIfConfigured_EndpointUnset_RegistersNoProviderSoNothingIsExported()
    {
        var (services, added) = Build([]);
        using (services)
        {
            added.ShouldBeFalse();
            services.GetService<TracerProvider>().ShouldBeNull();
            services.GetService<MeterProvider>().ShouldBeNull();
        }
    }

    [Fact]
    public void AddIfConfigured_EndpointSet_ExportsRunTracesAndMetricsToIt()
    {
        var requests = new ConcurrentQueue<string>();
        using var listener = StartCollector(requests, out var endpoint);
        var (services, added) = Build(new()
        {
            [OtlpTelemetry.EndpointVariable] = endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });

        using (services)
        {
            added.ShouldBeTrue();
            var tracer = services.GetRequiredService<TracerProvider>();
            var meter = services.GetRequiredService<MeterProvider>();
            using (PipelineTelemetry.StartRun(inputs: 1))
            {
                PipelineTelemetry.RecordRun(articles: 1, claims: 2, problems: 0, [("minor", 1)]);
            }
            tracer.ForceFlush(10_000).ShouldBeTrue();
            meter.ForceFlush(10_000).ShouldBeTrue();
        }

        requests.ShouldContain("/v1/traces");
        requests.ShouldContain("/v1/metrics");
    }

    [Fact]
    public void FromEnvironment_MixedVariables_KeepsOnlyOtelOnesUnderTheirNames()
    {
        var environment = new Hashtable { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://collector:4318", ["OTEL_SERVICE_NAME"] = "x", ["PATH"] = "/bin" };

        OtlpTelemetry.FromEnvironment(environment).OrderBy(p => p.Key, StringComparer.Ordinal).ShouldBe(
        [
            new("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318"),
            new("OTEL_SERVICE_NAME", "x"),
        ]);
    }

    /// <summary>An OTLP/HTTP collector on 127.0.0.1 that answers 200 and keeps the paths it was sent to.</summary>
    private static HttpListener StartCollector(ConcurrentQueue<string> requests, out string endpoint)
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        endpoint = $"http://127.0.0.1:{port}";
        var listener = new HttpListener();
        listener.Prefixes.Add(endpoint + "/");
        listener.Start();
        _ = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                requests.Enqueue(context.Request.Url!.AbsolutePath);
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });
        return listener;
    }
}
