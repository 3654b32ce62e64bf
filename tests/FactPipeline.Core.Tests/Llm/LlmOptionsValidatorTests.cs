using FactPipeline.Core.Llm;
using FactPipeline.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Llm;

public sealed class LlmOptionsValidatorTests
{
    private sealed class Keys(params string[] present) : ILlmApiKeySource
    {
        public string? Find(string variableName) => present.Contains(variableName) ? "sk-test" : null;
    }

    private static ValidateOptionsResult Validate(LlmOptions options, params string[] keys) =>
        new LlmOptionsValidator(new Keys(keys)).Validate(null, options);

    [Fact]
    public void Validate_ProviderNone_Succeeds()
    {
        Validate(new LlmOptions()).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Validate_ProviderWithoutModel_NamesModelSetting()
    {
        var result = Validate(new LlmOptions { Provider = LlmProvider.OpenAICompatible, Endpoint = "http://localhost:11434/v1" });

        result.Failures.ShouldHaveSingleItem().ShouldStartWith("Llm:Model is required when Llm:Provider is OpenAICompatible");
    }

    [Theory]
    [InlineData("localhost:11434/v1")]
    [InlineData("ftp://models.example/v1")]
    [InlineData("not a url")]
    public void Validate_EndpointNotAbsoluteHttpUrl_NamesEndpoint(string endpoint)
    {
        var result = Validate(new LlmOptions { Provider = LlmProvider.OpenAICompatible, Model = "llama3.1", Endpoint = endpoint });

        result.Failures.ShouldHaveSingleItem().ShouldBe($"Llm:Endpoint '{endpoint}' is not an absolute http(s) URL.");
    }

    [Theory]
    [InlineData(LlmProvider.AzureOpenAI)]
    [InlineData(LlmProvider.OpenAICompatible)]
    public void Validate_ProviderNeedsEndpointButHasNone_NamesEndpoint(LlmProvider provider)
    {
        var result = Validate(new LlmOptions { Provider = provider, Model = "m" }, LlmOptions.DefaultApiKeyVariable);

        result.Failures.ShouldHaveSingleItem().ShouldStartWith($"Llm:Endpoint is required when Llm:Provider is {provider}");
    }

    [Fact]
    public void Validate_AzureOverPlainHttp_NamesHttps()
    {
        var result = Validate(new LlmOptions { Provider = LlmProvider.AzureOpenAI, Model = "gpt-4o-mini", Endpoint = "http://newsroom.openai.azure.com/" }, LlmOptions.DefaultApiKeyVariable);

        result.Failures.ShouldHaveSingleItem().ShouldBe("Llm:Endpoint 'http://newsroom.openai.azure.com/' must start with https:// for AzureOpenAI.");
    }

    [Fact]
    public void Validate_ApiKeyInConfiguration_RefusedWithTheFix()
    {
        var result = Validate(new LlmOptions { ApiKey = "sk-live-oops" });

        result.Failures.ShouldHaveSingleItem().ShouldBe(
            "Llm:ApiKey must not be set in a configuration file; remove it and put the key in the environment variable FACTPIPELINE_LLM_API_KEY (or user secrets).");
    }

    [Theory]
    [InlineData(LlmProvider.OpenAI, null)]
    [InlineData(LlmProvider.AzureOpenAI, "https://newsroom.openai.azure.com/")]
    public void Validate_HostedProviderWithoutKey_NamesTheVariable(LlmProvider provider, string? endpoint)
    {
        var result = Validate(new LlmOptions { Provider = provider, Model = "gpt-4o-mini", Endpoint = endpoint, ApiKeyEnvironmentVariable = "NEWSROOM_KEY" });

        result.Failures.ShouldHaveSingleItem().ShouldBe(
            $"Llm:Provider {provider} needs an API key: set the environment variable NEWSROOM_KEY (or user secrets).");
    }

    [Fact]
    public void Validate_HostedProviderWithKey_Succeeds()
    {
        Validate(new LlmOptions { Provider = LlmProvider.OpenAI, Model = "gpt-4o-mini" }, LlmOptions.DefaultApiKeyVariable).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Validate_CompatibleServerWithoutKey_Succeeds()
    {
        Validate(new LlmOptions { Provider = LlmProvider.OpenAICompatible, Model = "llama3.1", Endpoint = "http://localhost:11434/v1" })
            .Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void AddLlm_NegativeBudget_OptionsFailNamingTheBudgetKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Budget:MaxCalls"] = "-1",
        }).Build();
        using var provider = new ServiceCollection().AddLlm(configuration).BuildServiceProvider();

        var error = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LlmOptions>>().Value);

        error.Failures.ShouldHaveSingleItem().ShouldStartWith("Llm:Budget:MaxCalls: ");
    }

    [Fact]
    public void AddLlm_ApiKeyInSettings_OptionsFailWithTheLine()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAICompatible",
            ["Llm:Model"] = "llama3.1",
            ["Llm:Endpoint"] = "http://127.0.0.1:11434/v1",
            ["Llm:ApiKey"] = "sk-live-oops",
        }).Build();
        var services = new ServiceCollection();
        services.AddOptions<StorageOptions>();
        services.AddLlm(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LlmOptions>>().Value);

        error.Failures.ShouldHaveSingleItem().ShouldStartWith("Llm:ApiKey must not be set in a configuration file");
    }
}
