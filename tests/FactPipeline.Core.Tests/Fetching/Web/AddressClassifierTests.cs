using System.Net;
using FactPipeline.Core.Fetching.Web;

namespace FactPipeline.Core.Tests.Fetching.Web;

public sealed class AddressClassifierTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.0.0.5", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("fc00::1", "private")]
    [InlineData("fd12:3456::1", "private")]
    [InlineData("169.254.10.1", "link-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("100.64.0.1", "shared (CGNAT)")]
    [InlineData("100.127.255.254", "shared (CGNAT)")]
    [InlineData("169.254.169.254", "metadata")]
    [InlineData("fd00:ec2::254", "metadata")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("::ffff:10.1.2.3", "private")]
    [InlineData("64:ff9b::a00:5", "private")]
    [InlineData("224.0.0.1", "multicast")]
    public void NonPublicKind_ReservedAddress_NamesItsKind(string address, string kind) =>
        AddressClassifier.NonPublicKind(IPAddress.Parse(address)).ShouldBe(kind);

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.4.4")]
    public void NonPublicKind_PublicAddress_ReturnsNull(string address) =>
        AddressClassifier.NonPublicKind(IPAddress.Parse(address)).ShouldBeNull();
}
