using System.ComponentModel.DataAnnotations;

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

    /// <summary>One HTTP attempt; a model that is still thinking after this is retried, then given up on.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:30:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>All attempts of one call, retry waits included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "02:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Attempts per call, the first included (1 = no retries).</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>First retry wait; later ones grow exponentially with jitter. A server's Retry-After wins.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Retry-After is honoured up to this long, so one rate-limited answer cannot park the run.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Calls in flight at once (local servers often serve one at a time; hosted APIs take more).</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Share of failed attempts within the sampling window that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts seen in the window before the breaker may open.</summary>
    [Range(2, 10_000)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 6;

    [Range(typeof(TimeSpan), "00:00:00.5", "01:00:00")]
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long calls are refused without HTTP once the circuit opened; then one probe goes through.</summary>
    [Range(typeof(TimeSpan), "00:00:00.5", "01:00:00")]
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromMinutes(1);

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
