using System.Net;
using System.Net.Sockets;

namespace FactPipeline.Core.Fetching.Web;

/// <summary>
/// Names the non-public kind of an IP address (loopback, private, link-local...), or null for a public one.
/// A feed or a redirect must not make the tool reach the newsroom's own network or a cloud metadata service.
/// </summary>
public static class AddressClassifier
{
    public static string? NonPublicKind(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => Ipv4Kind(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => Ipv6Kind(address),
            _ => "non-IP",
        };
    }

    private static string? Ipv4Kind(byte[] b) => b switch
    {
        [169, 254, 169, 254] => "metadata",
        [0, ..] => "unspecified",
        [127, ..] => "loopback",
        [10, ..] => "private",
        [172, >= 16 and <= 31, ..] => "private",
        [192, 168, ..] => "private",
        [169, 254, ..] => "link-local",
        [100, >= 64 and <= 127, ..] => "shared (CGNAT)",
        [>= 224 and <= 239, ..] => "multicast",
        [255, 255, 255, 255] => "broadcast",
        _ => null,
    };

    private static string? Ipv6Kind(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any))
        {
            return "unspecified";
        }
        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "loopback";
        }
        var b = address.GetAddressBytes();
        return b switch
        {
            [0xfd, 0x00, 0x0e, 0xc2, ..] when address.Equals(AwsMetadataV6) => "metadata",
            [>= 0xfc and <= 0xfd, ..] => "private",
            [0xfe, >= 0x80 and <= 0xbf, ..] => "link-local",
            [0xff, ..] => "multicast",
            // 64:ff9b::/96 NAT64 embeds an IPv4 address: judge that one.
            [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..] => Ipv4Kind(b[12..]),
            _ => null,
        };
    }

    private static readonly IPAddress AwsMetadataV6 = IPAddress.Parse("fd00:ec2::254");
}
