using FactPipeline.Core.Review.Exports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Review.Exports;

public sealed class OrganisationOptionsTests
{
    private static OrganisationOptions Bind(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        using var services = new ServiceCollection().AddReviewExports(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<OrganisationOptions>>().Value;
    }

    [Fact]
    public void Bind_NoSection_Defaults()
    {
        var options = Bind([]);

        options.Name.ShouldBe("FactPipeline");
        options.FindingUrl("ab 12").ShouldBe("http://127.0.0.1:5080/findings/ab%2012");
    }

    [Fact]
    public void Bind_SectionGiven_TakesItAndTrimsTheDeskUrlsSlash()
    {
        var options = Bind(new() { ["Desk:Organisation:Name"] = "Cek Fakta", ["Desk:Organisation:DeskUrl"] = "https://desk.example/" });

        options.Name.ShouldBe("Cek Fakta");
        options.FindingUrl("f1").ShouldBe("https://desk.example/findings/f1");
    }

    [Theory]
    [InlineData("Url", "ftp://files.example", "Desk:Organisation:Url must be an absolute http(s) URL")]
    [InlineData("DeskUrl", "/findings", "Desk:Organisation:DeskUrl must be an absolute http(s) URL")]
    [InlineData("Name", "", "Desk:Organisation:Name")]
    public void Bind_BadValue_IsRefusedNamingTheKey(string key, string value, string message)
    {
        var error = Should.Throw<OptionsValidationException>(() => Bind(new() { [$"Desk:Organisation:{key}"] = value }));

        error.Failures.ShouldContain(f => f.Contains(message, StringComparison.Ordinal));
    }
}
