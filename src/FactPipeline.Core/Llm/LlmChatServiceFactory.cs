using FactPipeline.Core.Common;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace FactPipeline.Core.Llm;

/// <summary>Builds the Semantic Kernel chat service for the configured provider, over our resilient HttpClient.</summary>
internal sealed class LlmChatServiceFactory(IOptions<LlmOptions> options, ILlmApiKeySource keys, IHttpClientFactory httpClients)
{
    /// <summary>Local servers ignore the key, but the OpenAI SDK insists on one.</summary>
    internal const string PlaceholderKey = "no-key";

    public IChatCompletionService Create()
    {
        var o = options.Value;
        var http = httpClients.CreateClient(LlmHttp.ClientName);
        var model = o.Model ?? throw new SettingsException("Llm:Model is not set.");
        var key = keys.Find(o.ApiKeyEnvironmentVariable);
        // SKEXP0010 marks the custom-endpoint constructor experimental; it is the documented way to reach
        // OpenAI-compatible servers and the one our loopback tests exercise.
#pragma warning disable SKEXP0010
        return o.Provider switch
        {
            LlmProvider.OpenAI when o.Endpoint is { Length: > 0 } endpoint =>
                new OpenAIChatCompletionService(model, new Uri(endpoint), key, httpClient: http),
            LlmProvider.OpenAI => new OpenAIChatCompletionService(model, key!, httpClient: http),
            LlmProvider.OpenAICompatible =>
                new OpenAIChatCompletionService(model, new Uri(o.Endpoint!), key ?? PlaceholderKey, httpClient: http),
            LlmProvider.AzureOpenAI => new AzureOpenAIChatCompletionService(model, o.Endpoint!, key!, httpClient: http),
            _ => throw new SettingsException($"Llm:Provider {o.Provider} has no chat service."),
        };
#pragma warning restore SKEXP0010
    }
}
