using FactPipeline.Core.Runs.Nightly;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static FactPipeline.Core.Tests.Runs.Nightly.NightlySettings;

namespace FactPipeline.Core.Tests.Runs.Nightly;

public sealed class NightlyReportOptionsTests
{
    [Fact]
    public async Task StartAsync_NoSection_NightlyDirectoryIsOutNightly()
    {
        using var host = Host([]);

        await host.StartAsync(TestContext.Current.CancellationToken);

        host.Services.GetRequiredService<IOptions<NightlyReportOptions>>().Value.NightlyDirectory.ShouldBe("out/nightly");
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task StartAsync_NightlyDirectorySet_BindsIt()
    {
        using var host = Host(new() { ["Reports:NightlyDirectory"] = "/srv/digests" });

        await host.StartAsync(TestContext.Current.CancellationToken);

        host.Services.GetRequiredService<IOptions<NightlyReportOptions>>().Value.NightlyDirectory.ShouldBe("/srv/digests");
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task StartAsync_EmptyNightlyDirectory_FailsNamingTheKey()
    {
        var error = await StartFailsAsync(new() { ["Reports:NightlyDirectory"] = "" });

        error.Failures.ShouldHaveSingleItem().ShouldStartWith("Reports:NightlyDirectory: ");
    }
}
