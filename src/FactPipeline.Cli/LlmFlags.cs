using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace FactPipeline.Cli;

/// <summary><c>--llm-endpoint URL --llm-model NAME [--llm-key-env VAR]</c>: override the "Llm" section for one run.</summary>
internal sealed class LlmFlags
{
    public Option<string?> Endpoint { get; } = new("--llm-endpoint")
    {
        Description = "OpenAI-compatible base URL (e.g. http://localhost:11434/v1). Sets Llm:Provider to OpenAICompatible unless configured.",
    };

    public Option<string?> Model { get; } = new("--llm-model") { Description = "Model (or Azure deployment) name." };

    public Option<string?> KeyVariable { get; } = new("--llm-key-env")
    {
        Description = "Environment variable holding the API key (default: Llm:ApiKeyEnvironmentVariable).",
    };

    public IEnumerable<Option> All => [Endpoint, Model, KeyVariable];

    /// <summary>Adds the given flags to the configuration overrides.</summary>
    public void AddOverrides(ParseResult parse, IDictionary<string, string?> overrides)
    {
        if (parse.GetValue(Endpoint) is { } endpoint)
        {
            overrides["Llm:Endpoint"] = endpoint;
        }
        if (parse.GetValue(Model) is { } model)
        {
            overrides["Llm:Model"] = model;
        }
        if (parse.GetValue(KeyVariable) is { } variable)
        {
            overrides["Llm:ApiKeyEnvironmentVariable"] = variable;
        }
    }

    /// <summary>
    /// An endpoint on the command line means "talk to this server": a local OpenAI-compatible one unless the
    /// configuration already names a provider (Azure OpenAI, or OpenAI through a proxy).
    /// </summary>
    public static void DefaultProvider(IConfiguration configuration, IReadOnlyDictionary<string, string?> overrides)
    {
        if (!overrides.ContainsKey("Llm:Endpoint"))
        {
            return;
        }
        var configured = configuration["Llm:Provider"];
        if (string.IsNullOrWhiteSpace(configured) || configured.Equals("None", StringComparison.OrdinalIgnoreCase))
        {
            configuration["Llm:Provider"] = "OpenAICompatible";
        }
    }
}
