using System.Runtime.CompilerServices;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Polly.Timeout;

namespace FactPipeline.Core.Tests.Llm;

/// <summary>
/// What <see cref="LlmClient"/> does when the chat service throws: trouble on the way to the model becomes
/// "unavailable" plus a warning that carries the exception; a bug in our code is not hidden behind it.
/// </summary>
public sealed class LlmClientErrorTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();
    private readonly RecordingLogger<LlmClient> _logger = new();

    public void Dispose() => _temp.Dispose();

    private LlmClient Client(Exception thrown)
    {
        var options = Options.Create(new LlmOptions { Provider = LlmProvider.OpenAICompatible, Model = "test-model", Endpoint = "http://127.0.0.1:9/v1" });
        var store = new SqliteLlmStore(Options.Create(new StorageOptions { DatabasePath = _temp.File("llm.db") }), TimeProvider.System);
        var prompts = new FilePromptProvider(Path.Combine(RepoPaths.Root, "prompts"));
        return new LlmClient(options, prompts, store, new LlmRunLedger(options, store), () => new ThrowingChatService(thrown), _logger);
    }

    private static Task<LlmAnswer> PingAsync(LlmClient client) =>
        client.CompleteAsync("Ping", new Dictionary<string, string> { ["word"] = "halo" }, new LlmCallContext("claims", "article-1"), Ct);

    [Fact]
    public async Task Complete_ConnectionRefused_UnavailableAndWarningCarriesTheException()
    {
        var refused = new HttpRequestException("Connection refused (127.0.0.1:9)");
        using var client = Client(refused);

        var answer = await PingAsync(client);

        answer.Outcome.ShouldBe(LlmOutcome.Unavailable);
        answer.Reason.ShouldBe("cannot connect: Connection refused (127.0.0.1:9) (0 attempts)");
        var entry = _logger.Entries.ShouldHaveSingleItem();
        entry.Level.ShouldBe(LogLevel.Warning);
        entry.Message.ShouldBe("LLM call for prompt Ping failed: cannot connect: Connection refused (127.0.0.1:9) (0 attempts)");
        entry.Exception.ShouldBeSameAs(refused);
        entry.Exception!.StackTrace!.ShouldContain(nameof(ThrowingChatService)); // thrown, so the log has where
    }

    [Fact]
    public async Task Complete_AttemptTimedOut_UnavailableAndLogged()
    {
        using var client = Client(new TimeoutRejectedException("The operation didn't complete within the allowed timeout"));

        var answer = await PingAsync(client);

        answer.Reason.ShouldBe("timed out after 0 attempts");
        _logger.Entries.ShouldHaveSingleItem().Exception.ShouldBeOfType<TimeoutRejectedException>();
    }

    [Fact]
    public async Task Complete_BugInTheChatPath_ThrowsInsteadOfUnavailable()
    {
        using var client = Client(new NullReferenceException("a bug, not the model"));

        var thrown = await Should.ThrowAsync<NullReferenceException>(() => PingAsync(client));

        thrown.Message.ShouldBe("a bug, not the model");
        _logger.Entries.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(typeof(HttpRequestException), true)]
    [InlineData(typeof(TimeoutRejectedException), true)]
    [InlineData(typeof(TaskCanceledException), true)]
    [InlineData(typeof(IOException), true)]
    [InlineData(typeof(System.Text.Json.JsonException), true)]
    [InlineData(typeof(NullReferenceException), false)]
    [InlineData(typeof(InvalidCastException), false)]
    [InlineData(typeof(ArgumentException), false)]
    [InlineData(typeof(InvalidOperationException), false)]
    public void IsModelTrouble_ByExceptionType_OnlyTransportHttpTimeoutAndAnswerFailures(Type type, bool expected) =>
        LlmClient.IsModelTrouble((Exception)Activator.CreateInstance(type)!).ShouldBe(expected);

    /// <summary>Throws from inside its own method, as a connector would, so the exception has a stack trace.</summary>
    private sealed class ThrowingChatService(Exception exception) : IChatCompletionService
    {
        public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

        public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
            ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) =>
            throw exception;

        public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
            ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            throw exception;
#pragma warning disable CS0162 // an iterator needs a yield
            yield break;
#pragma warning restore CS0162
        }
    }
}
