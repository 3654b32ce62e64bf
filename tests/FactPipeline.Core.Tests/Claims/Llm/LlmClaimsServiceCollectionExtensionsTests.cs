using FactPipeline.Core.Claims.Llm;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Quantities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Claims.Llm;

public sealed class LlmClaimsServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILlmClient>(new FakeLlmClient());
        services.AddQuantities();
        services.AddLlmClaims(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void AddLlmClaims_BindsSectionAndResolvesTheAugmenter()
    {
        using var provider = Build(new() { ["Llm:Claims:ContextWindowTokens"] = "32000", ["Llm:Claims:OverlapSentences"] = "1" });

        provider.GetRequiredService<IClaimAugmenter>().ShouldBeOfType<LlmClaimAugmenter>();
        var options = provider.GetRequiredService<IOptions<LlmClaimsOptions>>().Value;
        options.ContextWindowTokens.ShouldBe(32_000);
        options.OverlapSentences.ShouldBe(1);
        options.ChunkBudgetTokens.ShouldBe(32_000 - 1_500 - 4_000);
    }

    [Theory]
    [InlineData("Llm:Claims:ContextWindowTokens", "5000")]   // 5000 - 1500 - 4000 leaves nothing for the article
    [InlineData("Llm:Claims:OverlapSentences", "-1")]
    [InlineData("Llm:Claims:PromptName", "")]
    public void AddLlmClaims_InvalidOptions_FailValidationAtStart(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        // What the host runs on start because of ValidateOnStart.
        var failure = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        failure.OptionsType.ShouldBe(typeof(LlmClaimsOptions));
    }
}
