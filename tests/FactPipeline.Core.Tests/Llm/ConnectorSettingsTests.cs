using System.Text.Json;
using FactPipeline.Core.Common;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace FactPipeline.Core.Tests.Llm;

public sealed class ConnectorSettingsTests
{
    public static TheoryData<string> Prompts() =>
        [.. Directory.GetDirectories(Path.Combine(RepoPaths.Root, "prompts")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static PromptExecutionSettings DefaultSettings(string prompt) =>
        new FilePromptProvider(Path.Combine(RepoPaths.Root, "prompts")).Find(prompt).ShouldNotBeNull().Config.ExecutionSettings[PromptExecutionSettings.DefaultServiceId];

#pragma warning disable IL2026, IL3050 // the connector's reflection conversion is the reference here
    private static string Json(object settings) => JsonSerializer.Serialize(settings, settings.GetType());

    [Theory]
    [MemberData(nameof(Prompts))]
    public void For_EveryPromptsSettings_GivesWhatTheOpenAiConnectorsOwnConversionGives(string prompt)
    {
        var settings = DefaultSettings(prompt);

        var mapped = ConnectorSettings.For(settings, LlmProvider.OpenAICompatible, prompt);

        mapped.ShouldBeOfType<OpenAIPromptExecutionSettings>();
        mapped.Temperature.ShouldNotBeNull();
        Json(mapped).ShouldBe(Json(OpenAIPromptExecutionSettings.FromExecutionSettings(settings)));
    }

    [Theory]
    [MemberData(nameof(Prompts))]
    public void For_AzureProvider_GivesWhatTheAzureConnectorsOwnConversionGives(string prompt)
    {
        var settings = DefaultSettings(prompt);

        var mapped = ConnectorSettings.For(settings, LlmProvider.AzureOpenAI, prompt);

        mapped.ShouldBeOfType<AzureOpenAIPromptExecutionSettings>();
        Json(mapped).ShouldBe(Json(AzureOpenAIPromptExecutionSettings.FromExecutionSettings(settings)));
    }
#pragma warning restore IL2026, IL3050

    [Fact]
    public void For_SettingOutsideTheMappedOnes_ThrowsNamingPromptAndKey()
    {
        var settings = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["logit_bias"] = new Dictionary<string, int>() } };

        var error = Should.Throw<SettingsException>(() => ConnectorSettings.For(settings, LlmProvider.OpenAI, "Custom"));

        error.Message.ShouldStartWith("prompts/Custom: execution setting 'logit_bias' is not supported");
    }

    [Fact]
    public void For_TextWhereANumberBelongs_ThrowsNamingTheKey()
    {
        var settings = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["temperature"] = JsonDocument.Parse("\"hot\"").RootElement } };

        Should.Throw<SettingsException>(() => ConnectorSettings.For(settings, LlmProvider.OpenAI, "Custom"))
            .Message.ShouldBe("prompts/Custom: execution setting 'temperature' must be a number");
    }

    [Fact]
    public void For_StopSequencesSeedAndMaxTokens_MapsEach()
    {
        var settings = new PromptExecutionSettings
        {
            ExtensionData = new Dictionary<string, object>
            {
                ["stop_sequences"] = JsonDocument.Parse("""["END","###"]""").RootElement,
                ["seed"] = JsonDocument.Parse("42").RootElement,
                ["max_tokens"] = 300,
                ["top_p"] = 0.5,
            },
        };

        var mapped = ConnectorSettings.For(settings, LlmProvider.OpenAI, "Custom");

        mapped.StopSequences.ShouldBe(["END", "###"]);
        mapped.Seed.ShouldBe(42);
        mapped.MaxTokens.ShouldBe(300);
        mapped.TopP.ShouldBe(0.5);
    }
}
