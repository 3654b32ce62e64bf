using System.ClientModel;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FactPipeline.Core.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ChatTokenUsage = OpenAI.Chat.ChatTokenUsage;

namespace FactPipeline.Core.Llm;

/// <summary>
/// <see cref="ILlmClient"/> over Semantic Kernel. Per call: render the prompt → cache (a hit costs nothing and
/// is served even when the budget is spent) → budget → concurrency limit → chat completion over the resilient
/// HttpClient (see <see cref="LlmHttp"/>) → usage recorded → answer cached. Model trouble comes back as an
/// <see cref="LlmOutcome"/> and a logged warning with the stack trace; cancellation by the caller, database
/// errors and programming errors (anything but transport, HTTP, timeout and malformed-answer failures) throw.
/// </summary>
internal sealed partial class LlmClient : ILlmClient, IDisposable
{
    private readonly LlmOptions _options;
    private readonly IPromptProvider _prompts;
    private readonly ILlmStore _store;
    private readonly LlmRunLedger _ledger;
    private readonly Lazy<IChatCompletionService> _chat;
    private readonly SemaphoreSlim _gate;
    private readonly SemaphoreSlim _persist = new(1, 1);
    private readonly Kernel _kernel = new();
    private readonly KernelPromptTemplateFactory _templates = new();
    private readonly ILogger<LlmClient> _logger;

    public LlmClient(
        IOptions<LlmOptions> options, IPromptProvider prompts, ILlmStore store, LlmRunLedger ledger, LlmChatServiceFactory chat, ILogger<LlmClient> logger)
        : this(options, prompts, store, ledger, chat.Create, logger)
    {
    }

    /// <summary>Over any chat service (tests: one that fails the way a connector or a bug would).</summary>
    internal LlmClient(
        IOptions<LlmOptions> options, IPromptProvider prompts, ILlmStore store, LlmRunLedger ledger, Func<IChatCompletionService> chat, ILogger<LlmClient> logger)
    {
        _logger = logger;
        _options = options.Value;
        _prompts = prompts;
        _store = store;
        _ledger = ledger;
        _chat = new Lazy<IChatCompletionService>(chat); // Provider None never builds a connector
        _gate = new SemaphoreSlim(_options.MaxConcurrency, _options.MaxConcurrency);
    }

    public bool IsEnabled => _options.Provider != LlmProvider.None;

    public async Task<LlmAnswer> CompleteAsync(string promptName, IReadOnlyDictionary<string, string> arguments, LlmCallContext context, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(promptName);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (!IsEnabled)
        {
            return new LlmAnswer(LlmOutcome.Unavailable, null, "", 0, 0, "no LLM configured");
        }
        if (_prompts.Find(promptName) is not { } prompt)
        {
            return Unavailable("", $"prompt '{promptName}' not found");
        }
        var rendered = await RenderAsync(prompt, arguments, cancellationToken);
        if (rendered.Error is { } renderError)
        {
            return Unavailable(prompt.Version, renderError);
        }
        var text = rendered.Text!;
        var estimate = LlmTokenizer.Count(_options.Model, text); // the prompt's tokens as the model's vocabulary counts them
        if (estimate > _options.ContextWindowTokens)
        {
            return Unavailable(prompt.Version, $"prompt {promptName} is about {estimate} tokens, over Llm:ContextWindowTokens ({_options.ContextWindowTokens})");
        }
        var key = CacheKey(_options.Model!, prompt.Version, text);
        if (await _store.GetAnswerAsync(key, cancellationToken) is { } cached)
        {
            _ledger.RecordCached(context);
            return new LlmAnswer(LlmOutcome.Cached, cached.Text, prompt.Version, 0, 0);
        }
        if (_ledger.TryReserveCall(estimate) is { } refusal)
        {
            return new LlmAnswer(LlmOutcome.BudgetExhausted, null, prompt.Version, 0, 0, refusal);
        }
        LlmAnswer answer;
        try
        {
            await _gate.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _ledger.ReleaseCall();
            throw;
        }
        try
        {
            answer = await CallAsync(prompt, text, estimate, context, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
        if (answer.Outcome == LlmOutcome.Ok)
        {
            await _store.SaveAnswerAsync(key, _options.Model!, prompt.Name, prompt.Version,
                new LlmCachedAnswer(answer.Text!, answer.PromptTokens, answer.CompletionTokens), cancellationToken);
        }
        await PersistUsageAsync(cancellationToken);
        return answer;
    }

    private async Task<LlmAnswer> CallAsync(LlmPrompt prompt, string text, int estimate, LlmCallContext context, CancellationToken cancellationToken)
    {
        var (history, markupError) = LlmChatPrompt.Parse(text);
        if (history is null)
        {
            _ledger.ReleaseCall();
            return Unavailable(prompt.Version, $"prompt {prompt.Name}: {markupError}");
        }
        var settings = Settings(prompt);
        var attempts = LlmAttemptCounter.Begin();
        ChatMessageContent reply;
        try
        {
            reply = await _chat.Value.GetChatMessageContentAsync(history, settings, _kernel, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Account(context, attempts.Value, 0, 0);
            throw;
        }
        catch (Exception e) when (IsModelTrouble(e))
        {
            Account(context, attempts.Value, 0, 0);
            var reason = Describe(e, attempts.Value);
            LogUnavailable(e, prompt.Name, reason);
            return Unavailable(prompt.Version, reason);
        }
        var answer = reply.Content ?? "";
        var (promptTokens, completionTokens) = Usage(reply, estimate, answer, _options.Model);
        Account(context, Math.Max(1, attempts.Value), promptTokens, completionTokens);
        if (IsCutOff(reply))
        {
            return Unavailable(prompt.Version, "answer cut off at the model's token limit", promptTokens, completionTokens);
        }
        if (string.IsNullOrWhiteSpace(answer))
        {
            return Unavailable(prompt.Version, "empty answer", promptTokens, completionTokens);
        }
        return new LlmAnswer(LlmOutcome.Ok, answer, prompt.Version, promptTokens, completionTokens);
    }

    /// <summary>A call counts when at least one attempt went out; an open circuit sends nothing and costs nothing.</summary>
    private void Account(LlmCallContext context, int attempts, int promptTokens, int completionTokens)
    {
        if (attempts > 0)
        {
            _ledger.RecordCall(context, promptTokens, completionTokens);
            PipelineTelemetry.RecordLlmTokens(context.Stage, promptTokens, completionTokens);
        }
        else
        {
            _ledger.ReleaseCall();
        }
    }

    private LlmAnswer Unavailable(string version, string reason, int promptTokens = 0, int completionTokens = 0)
    {
        _ledger.RecordUnavailable(reason);
        return new LlmAnswer(LlmOutcome.Unavailable, null, version, promptTokens, completionTokens, reason);
    }

    private async Task<(string? Text, string? Error)> RenderAsync(LlmPrompt prompt, IReadOnlyDictionary<string, string> arguments, CancellationToken cancellationToken)
    {
        var missing = prompt.Config.InputVariables
            .Where(v => v.IsRequired && !arguments.ContainsKey(v.Name))
            .Select(v => v.Name)
            .ToList();
        if (missing.Count > 0)
        {
            return (null, $"prompt {prompt.Name}: missing argument {string.Join(", ", missing)}");
        }
        var kernelArguments = new KernelArguments();
        foreach (var (name, value) in arguments)
        {
            kernelArguments[name] = value;
        }
        try
        {
            // Argument values are HTML-encoded by the template engine (AllowDangerouslySetContent stays off), so
            // article text cannot open a <message role="system"> of its own.
            var template = _templates.Create(prompt.Config);
            return (await template.RenderAsync(_kernel, kernelArguments, cancellationToken), null);
        }
        catch (KernelException e)
        {
            return (null, $"prompt {prompt.Name}: {e.Message}");
        }
    }

    /// <summary>The prompt's "default" execution settings (or its only ones): temperature, max tokens, response format.</summary>
    /// <summary>
    /// Failures of the endpoint or the way to it: the run goes on without the model. HttpClient's own timeout
    /// surfaces as a cancellation the caller did not ask for. Anything else (a null reference, a bad cast) is
    /// our fault and must not hide behind "LLM unavailable".
    /// </summary>
    internal static bool IsModelTrouble(Exception exception) => exception is
        HttpOperationException // the connector's wrapper of HTTP status and transport errors
        or HttpRequestException
        or ClientResultException // the OpenAI SDK's own HTTP errors, when the connector does not wrap them
        or TimeoutRejectedException
        or BrokenCircuitException
        or OperationCanceledException // reached only when the caller did not cancel (filtered above)
        or IOException
        or JsonException; // a server that answers something other than the chat-completion JSON

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM call for prompt {Prompt} failed: {Reason}")]
    private partial void LogUnavailable(Exception exception, string prompt, string reason);

    /// <summary>The prompt's default execution settings, as the connector's own type (<see cref="ConnectorSettings"/>).</summary>
    private PromptExecutionSettings? Settings(LlmPrompt prompt) =>
        (prompt.Config.ExecutionSettings.TryGetValue(PromptExecutionSettings.DefaultServiceId, out var settings)
            ? settings
            : prompt.Config.ExecutionSettings.Values.FirstOrDefault()) is { } general
            ? ConnectorSettings.For(general, _options.Provider, prompt.Name)
            : null;

    /// <summary>
    /// OpenAI and Azure put <see cref="ChatTokenUsage"/> under "Usage"; for servers that send none we count the
    /// rendered prompt and the answer with the model's tokenizer (without the chat format's few tokens per message).
    /// </summary>
    private static (int Prompt, int Completion) Usage(ChatMessageContent reply, int promptCount, string answer, string? model)
    {
        if (reply.Metadata?.GetValueOrDefault("Usage") is ChatTokenUsage usage && usage.InputTokenCount + usage.OutputTokenCount > 0)
        {
            return (usage.InputTokenCount, usage.OutputTokenCount);
        }
        return (promptCount, LlmTokenizer.Count(model, answer));
    }

    private static bool IsCutOff(ChatMessageContent reply) =>
        reply.Metadata?.GetValueOrDefault("FinishReason") is string reason && reason.Equals("length", StringComparison.OrdinalIgnoreCase);

    internal static string Describe(Exception exception, int attempts)
    {
        var tries = attempts == 1 ? "1 attempt" : $"{attempts} attempts";
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BrokenCircuitException:
                    return "circuit open: the LLM endpoint failed repeatedly, calls are refused for a while";
                case TimeoutRejectedException:
                    return $"timed out after {tries}";
                case HttpOperationException { StatusCode: { } status }:
                    return $"HTTP {(int)status} {Phrase(status)} after {tries}";
                case HttpRequestException { StatusCode: null } connection:
                    return $"cannot connect: {connection.Message} ({tries})";
            }
        }
        return $"{exception.GetType().Name}: {exception.Message}";
    }

    private static string Phrase(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests => "Too Many Requests",
        HttpStatusCode.Unauthorized => "Unauthorized",
        _ => status.ToString(),
    };

    internal static string CacheKey(string model, string promptVersion, string renderedPrompt)
    {
        // Length-prefixed parts: "ab"+"c" and "a"+"bc" must not collide.
        var bytes = Encoding.UTF8.GetBytes($"{model.Length}:{model}\n{promptVersion.Length}:{promptVersion}\n{renderedPrompt}");
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Writes the latest usage after each call, one writer at a time, so a killed run keeps its counts.</summary>
    private async Task PersistUsageAsync(CancellationToken cancellationToken)
    {
        await _persist.WaitAsync(cancellationToken);
        try
        {
            await _store.SaveRunUsageAsync(_ledger.Snapshot(), cancellationToken);
        }
        finally
        {
            _persist.Release();
        }
    }

    public void Dispose()
    {
        _gate.Dispose();
        _persist.Dispose();
    }
}
