using System.ComponentModel.DataAnnotations;
using FactPipeline.Core.Common.Http;

namespace FactPipeline.Core.Llm;

public enum LlmProvider
{
    /// <summary>No LLM: the offline pipeline does all the work (the default).</summary>
    None,
    OpenAI,
    AzureOpenAI,
    /// <summary>Any server speaking the OpenAI chat API: Ollama, llama.cpp, vLLM, LM Studio.</summary>
    OpenAICompatible,
}

/// <summary>
/// The chat model and how hard we try to reach it (configuration section "Llm"). The API key is never read
/// from this section: it comes from the environment variable named by <see cref="ApiKeyEnvironmentVariable"/>
/// or from user secrets under that name.
/// </summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    public const string DefaultApiKeyVariable = "FACTPIPELINE_LLM_API_KEY";

    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>Model name (OpenAI, compatible servers) or deployment name (Azure OpenAI).</summary>
    public string? Model { get; set; }

    /// <summary>Base URL of the API, e.g. http://localhost:11434/v1. Optional for OpenAI (api.openai.com).</summary>
    public string? Endpoint { get; set; }

    [Required(AllowEmptyStrings = false)]
    public string ApiKeyEnvironmentVariable { get; set; } = DefaultApiKeyVariable;

    /// <summary>
    /// Bound only so that validation can refuse it: a key in appsettings.json ends up in backups and commits.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Retries, timeouts and the circuit breaker ("Llm:Resilience"): a model still thinking after 60 s is retried,
    /// 3 attempts and 3 min per call, 2 s first backoff, Retry-After honoured up to 30 s; the circuit opens for 1 min
    /// when half of at least 6 attempts in 2 min failed, and calls then fail at once without HTTP.
    /// </summary>
    [Required]
    public ResilienceOptions Resilience { get; set; } = new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(60),
        TotalTimeout = TimeSpan.FromMinutes(3),
        MaxAttempts = 3,
        RetryBaseDelay = TimeSpan.FromSeconds(2),
        MaxRetryAfter = TimeSpan.FromSeconds(30),
        CircuitBreakerFailureRatio = 0.5,
        CircuitBreakerMinimumThroughput = 6,
        CircuitBreakerSamplingDuration = TimeSpan.FromMinutes(2),
        CircuitBreakerBreakDuration = TimeSpan.FromMinutes(1),
    };

    /// <summary>Calls in flight at once (local servers often serve one at a time; hosted APIs take more).</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Rendered prompts estimated above this many tokens are not sent (the caller should split the input).</summary>
    [Range(512, 2_000_000)]
    public int ContextWindowTokens { get; set; } = 16_000;

    /// <summary>Prompt directories; relative paths are tried against the working directory, then next to the program.</summary>
    [Required(AllowEmptyStrings = false)]
    public string PromptsDirectory { get; set; } = "prompts";

    [Required]
    public LlmBudgetOptions Budget { get; set; } = new();
}

/// <summary>Per-run limits and the prices used to estimate what a run cost.</summary>
public sealed class LlmBudgetOptions
{
    /// <summary>Model calls per run (cached answers do not count).</summary>
    [Range(0, int.MaxValue)]
    public int MaxCalls { get; set; } = 1_000;

    /// <summary>Prompt plus completion tokens per run.</summary>
    [Range(0, long.MaxValue)]
    public long MaxTokens { get; set; } = 2_000_000;

    /// <summary>USD per million prompt tokens (default: gpt-4o-mini).</summary>
    [Range(0.0, 10_000.0)]
    public decimal PromptPricePerMillionTokens { get; set; } = 0.15m;

    /// <summary>USD per million completion tokens (default: gpt-4o-mini).</summary>
    [Range(0.0, 10_000.0)]
    public decimal CompletionPricePerMillionTokens { get; set; } = 0.60m;
}
