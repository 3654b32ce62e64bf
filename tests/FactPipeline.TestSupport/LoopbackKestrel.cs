using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactPipeline.TestSupport;

/// <summary>Starts a quiet Kestrel server on 127.0.0.1 with a random free port: the only network tests use.</summary>
public static class LoopbackKestrel
{
    /// <returns>The running app and its base URL without a trailing slash ("http://127.0.0.1:PORT").</returns>
    public static async Task<(WebApplication App, string BaseUrl)> StartAsync(
        Func<WebApplication, RequestDelegate> handler, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(handler(app));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return (app, address);
    }
}
