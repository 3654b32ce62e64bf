using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Fetching.Web;

/// <summary>
/// Resolves a host itself and keeps only the addresses the tool may connect to. The HTTP handler connects
/// to exactly those (see <see cref="ConnectAsync"/>), so a DNS answer that changes between the check and
/// the connection (DNS rebinding) cannot slip a private address in.
/// </summary>
public sealed class AddressGuard(IOptions<FetchOptions> options)
{
    private readonly FetchOptions _options = options.Value;

    /// <summary>Addresses of <paramref name="host"/> that may be contacted; throws when there are none.</summary>
    public async Task<IPAddress[]> VetAsync(string host, int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await ResolveAsync(host, cancellationToken);
        if (_options.AllowPrivateNetwork || IsTrusted(host, port))
        {
            return addresses;
        }
        var allowed = addresses.Where(a => AddressClassifier.NonPublicKind(a) is null).ToArray();
        if (allowed.Length == 0)
        {
            var first = addresses[0];
            throw new FetchRefusedException($"refused: resolves to {AddressClassifier.NonPublicKind(first)} address {first}");
        }
        return allowed;
    }

    /// <summary><see cref="SocketsHttpHandler.ConnectCallback"/>: connect only to a vetted address.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endPoint = context.DnsEndPoint;
        var addresses = await VetAsync(endPoint.Host, endPoint.Port, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private bool IsTrusted(string host, int port) =>
        _options.TrustedHosts is { } trusted && trusted.Any(t =>
            string.Equals(t, host, StringComparison.OrdinalIgnoreCase)
            || string.Equals(t, $"{host}:{port}", StringComparison.OrdinalIgnoreCase));

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
            return addresses.Length > 0 ? addresses : throw new FetchRefusedException($"DNS: no address for {host}");
        }
        catch (SocketException e)
        {
            throw new HttpRequestException($"DNS lookup failed for {host}: {e.Message}", e);
        }
    }
}
