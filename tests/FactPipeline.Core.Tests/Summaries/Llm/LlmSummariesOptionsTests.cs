using System.ComponentModel.DataAnnotations;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Quantities;
using FactPipeline.Core.Summaries.Llm;
using FactPipeline.Core.Tests.Claims.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Summaries.Llm;

public sealed class LlmSummariesOptionsTests
{
    private static List<ValidationResult> Validate(LlmSummariesOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILlmClient>(new FakeLlmClient());
        services.AddQuantities();
        services.AddLlmSummaries(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void Defaults_AreValidAndAskForEnglishAndKorean()
    {
        var options = new LlmSummariesOptions();

        Validate(options).ShouldBeEmpty();
        options.Enabled.ShouldBeTrue();
        options.PromptName.ShouldBe("SummarizeArticle");
        options.Languages.ShouldBe(["en", "ko"]);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    [InlineData("ko", "en")]
    public void Validate_EnglishAndOrKoreanEachOnce_IsValid(params string[] languages)
    {
        Validate(new LlmSummariesOptions { Languages = languages }).ShouldBeEmpty();
    }

    [Theory]
    [InlineData]
    [InlineData("fr")]
    [InlineData("en", "en")]
    [InlineData("EN")]
    [InlineData("en", "ko", "id")]
    public void Validate_OtherLanguagesOrRepeats_FailOnLanguages(params string[] languages)
    {
        var failure = Validate(new LlmSummariesOptions { Languages = languages }).ShouldHaveSingleItem();

        failure.MemberNames.ShouldBe([nameof(LlmSummariesOptions.Languages)]);
        failure.ErrorMessage.ShouldNotBeNull().ShouldStartWith("Llm:Summaries:Languages must list \"en\" and/or \"ko\", each once");
    }

    [Fact]
    public void Validate_OutOfRangeLimitsAndEmptyPromptName_Fail()
    {
        var results = Validate(new LlmSummariesOptions { PromptName = "", MaxArticleTokens = 255, MaxSummaryCharacters = 99 });

        results.SelectMany(r => r.MemberNames).ShouldBe(
            [nameof(LlmSummariesOptions.PromptName), nameof(LlmSummariesOptions.MaxArticleTokens), nameof(LlmSummariesOptions.MaxSummaryCharacters)],
            ignoreOrder: true);
    }

    [Fact]
    public void AddLlmSummaries_BindsSectionAndResolvesTheSummarizer()
    {
        using var provider = Build(new()
        {
            ["Llm:Summaries:Enabled"] = "false",
            ["Llm:Summaries:MaxArticleTokens"] = "3000",
            ["Llm:Summaries:MaxSummaryCharacters"] = "1500",
        });

        var summarizer = provider.GetRequiredService<IArticleSummarizer>().ShouldBeOfType<LlmArticleSummarizer>();
        summarizer.IsEnabled.ShouldBeFalse();
        var options = provider.GetRequiredService<IOptions<LlmSummariesOptions>>().Value;
        options.MaxArticleTokens.ShouldBe(3_000);
        options.MaxSummaryCharacters.ShouldBe(1_500);
        options.Languages.ShouldBe(["en", "ko"]);
        Should.NotThrow(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    [InlineData("ko", "en")]
    public void AddLlmSummaries_ConfiguredLanguages_ReplaceTheDefaultList(params string[] languages)
    {
        using var provider = Build(languages.Select((l, i) => (Key: $"Llm:Summaries:Languages:{i}", Value: (string?)l)).ToDictionary(p => p.Key, p => p.Value));

        provider.GetRequiredService<IOptions<LlmSummariesOptions>>().Value.Languages.ShouldBe(languages);
        Should.NotThrow(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public void AddLlmSummaries_EnabledWithAnEnabledClient_IsEnabled()
    {
        using var provider = Build([]);

        provider.GetRequiredService<IArticleSummarizer>().IsEnabled.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Llm:Summaries:Languages:0", "fr")]
    [InlineData("Llm:Summaries:MaxArticleTokens", "100")]
    [InlineData("Llm:Summaries:MaxSummaryCharacters", "0")]
    [InlineData("Llm:Summaries:PromptName", "")]
    public void AddLlmSummaries_InvalidOptions_FailValidationAtStart(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        // What the host runs on start because of ValidateOnStart.
        var failure = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        failure.OptionsType.ShouldBe(typeof(LlmSummariesOptions));
    }
}
