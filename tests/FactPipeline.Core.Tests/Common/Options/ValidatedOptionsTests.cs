using System.ComponentModel.DataAnnotations;
using FactPipeline.Core.Common.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Common.Options;

public sealed class ValidatedOptionsTests
{
    private const string Section = "Sample";

    public sealed class SampleOptions
    {
        [Range(1, 10)]
        public int Workers { get; set; } = 2;

        [Required(AllowEmptyStrings = false)]
        public string Label { get; set; } = "default";

        public SampleLimits Limits { get; set; } = new();
    }

    public sealed class SampleLimits
    {
        [Range(1, 100)]
        public int PerHost { get; set; } = 5;
    }

    /// <summary>A rule no annotation can say: one field against another.</summary>
    private sealed class WorkersWithinLimit : IValidateOptions<SampleOptions>
    {
        public ValidateOptionsResult Validate(string? name, SampleOptions options) =>
            options.Workers > options.Limits.PerHost
                ? ValidateOptionsResult.Fail("Sample:Workers must not exceed Sample:Limits:PerHost.")
                : ValidateOptionsResult.Success;
    }

    private static IHost Host(Dictionary<string, string?> settings, bool withValidator = false)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        if (withValidator)
        {
            builder.Services.AddValidatedOptions<SampleOptions, WorkersWithinLimit>(configuration, Section);
        }
        else
        {
            builder.Services.AddValidatedOptions<SampleOptions>(configuration, Section);
        }
        return builder.Build();
    }

    private static async Task<OptionsValidationException> StartFailsAsync(Dictionary<string, string?> settings, bool withValidator = false)
    {
        using var host = Host(settings, withValidator);
        return await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task StartAsync_ValidSection_BindsEveryValue()
    {
        using var host = Host(new() { ["Sample:Workers"] = "3", ["Sample:Label"] = "night", ["Sample:Limits:PerHost"] = "7" });

        await host.StartAsync(TestContext.Current.CancellationToken);

        var options = host.Services.GetRequiredService<IOptions<SampleOptions>>().Value;
        (options.Workers, options.Label, options.Limits.PerHost).ShouldBe((3, "night", 7));
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task StartAsync_ValueOutOfRange_FailsNamingTheKey()
    {
        var error = await StartFailsAsync(new() { ["Sample:Workers"] = "11" });

        error.OptionsType.ShouldBe(typeof(SampleOptions));
        error.Failures.ShouldHaveSingleItem().ShouldStartWith("Sample:Workers: ");
        error.Failures.Single().ShouldContain("between 1 and 10");
    }

    [Fact]
    public async Task StartAsync_EmptyRequiredValue_FailsNamingTheKey()
    {
        var error = await StartFailsAsync(new() { ["Sample:Label"] = "" });

        error.Failures.ShouldHaveSingleItem().ShouldStartWith("Sample:Label: ");
    }

    [Fact]
    public async Task StartAsync_NestedValueOutOfRange_FailsNamingTheNestedKey()
    {
        var error = await StartFailsAsync(new() { ["Sample:Limits:PerHost"] = "0" });

        error.Failures.ShouldHaveSingleItem().ShouldStartWith("Sample:Limits:PerHost: ");
    }

    [Fact]
    public async Task StartAsync_CustomValidatorFails_ReportsItsLine()
    {
        var error = await StartFailsAsync(new() { ["Sample:Workers"] = "9", ["Sample:Limits:PerHost"] = "4" }, withValidator: true);

        error.Failures.ShouldHaveSingleItem().ShouldBe("Sample:Workers must not exceed Sample:Limits:PerHost.");
    }

    [Fact]
    public async Task StartAsync_AnnotationAndCustomFailures_ReportsBoth()
    {
        var error = await StartFailsAsync(new() { ["Sample:Workers"] = "12", ["Sample:Limits:PerHost"] = "4", ["Sample:Label"] = "" }, withValidator: true);

        error.Failures.Count().ShouldBe(3, string.Join(" | ", error.Failures));
        error.Failures.ShouldContain(f => f.StartsWith("Sample:Workers: ", StringComparison.Ordinal));
        error.Failures.ShouldContain(f => f.StartsWith("Sample:Label: ", StringComparison.Ordinal));
        error.Failures.ShouldContain("Sample:Workers must not exceed Sample:Limits:PerHost.");
    }

    [Fact]
    public void AddValidatedOptions_CalledTwice_ValidatesOnce()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Sample:Workers"] = "0" }).Build();
        var services = new ServiceCollection();
        services.AddValidatedOptions<SampleOptions>(configuration, Section);
        services.AddValidatedOptions<SampleOptions>(configuration, Section);
        using var provider = services.BuildServiceProvider();

        var error = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SampleOptions>>().Value);

        error.Failures.ShouldHaveSingleItem().ShouldStartWith("Sample:Workers: ");
    }
}
