using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactPipeline.TestSupport;

/// <summary>
/// An OpenAI-compatible chat server on 127.0.0.1 (random port) that answers <c>POST /v1/chat/completions</c>
/// from a script: queued replies first, then <see cref="Responder"/>, then a default empty-claims answer.
/// The real Semantic Kernel OpenAI connector talks to it over HTTP; every request is recorded.
/// </summary>
public sealed class ScriptedOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedReply> _queue = new();

    private ScriptedOpenAiServer(WebApplication app) => _app = app;

    /// <summary>Base URL to give the connector, ending in <c>/v1</c>.</summary>
    public Uri BaseUrl { get; private init; } = null!;

    public ConcurrentQueue<ChatRequest> Requests { get; } = new();

    /// <summary>
    /// The most requests the server held at once, counted from arrival until the answer starts (before the client
    /// can see it): how tests see a concurrency limit without measuring time.
    /// </summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    private int _inFlight;
    private int _maxInFlight;

    /// <summary>Computes a reply from the request when the queue is empty.</summary>
    public Func<ChatRequest, ScriptedReply>? Responder { get; set; }

    public static async Task<ScriptedOpenAiServer> StartAsync()
    {
        ScriptedOpenAiServer? server = null;
        var (app, baseUrl) = await LoopbackKestrel.StartAsync(app => context => server!.HandleAsync(context));
        server = new ScriptedOpenAiServer(app) { BaseUrl = new Uri(baseUrl + "/v1") };
        return server;
    }

    public void Enqueue(params ScriptedReply[] replies)
    {
        foreach (var reply in replies)
        {
            _queue.Enqueue(reply);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Method != "POST" || !context.Request.Path.StartsWithSegments("/v1/chat/completions", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            return;
        }
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync(context.RequestAborted);
        var request = ChatRequest.Parse(raw, context.Request.Headers.Authorization.ToString());
        Requests.Enqueue(request);
        InterlockedMax(ref _maxInFlight, Interlocked.Increment(ref _inFlight));
        ScriptedReply reply;
        try
        {
            reply = _queue.TryDequeue(out var queued) ? queued : Responder?.Invoke(request) ?? ScriptedReply.Json("""{"claims":[]}""");
            if (reply.Delay is { } delay)
            {
                await Task.Delay(delay, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            return; // the client gave up: that is what the test wanted to see
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }
        if (reply.Status != 200)
        {
            // Written by hand: the slim host has no reflection-based JSON for anonymous types.
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"error\":{\"message\":\"scripted " + reply.Status + "\",\"type\":\"server_error\"}}", context.RequestAborted);
            return;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Completion(request.Model, reply), context.RequestAborted);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }
            seen = previous;
        }
    }

    private static string Completion(string model, ScriptedReply reply) => new JsonObject
    {
        ["id"] = "chatcmpl-scripted",
        ["object"] = "chat.completion",
        ["created"] = 1_767_225_600,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content },
            ["finish_reason"] = reply.FinishReason,
        }),
        ["usage"] = new JsonObject
        {
            ["prompt_tokens"] = reply.PromptTokens,
            ["completion_tokens"] = reply.CompletionTokens,
            ["total_tokens"] = reply.PromptTokens + reply.CompletionTokens,
        },
    }.ToJsonString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One scripted answer: a status, the assistant's content and the usage figures to report.</summary>
public sealed record ScriptedReply(
    int Status = 200,
    string? Content = null,
    int PromptTokens = 1200,
    int CompletionTokens = 300,
    TimeSpan? Delay = null,
    string? RetryAfter = null,
    string FinishReason = "stop")
{
    public static ScriptedReply Json(string content, int promptTokens = 1200, int completionTokens = 300) =>
        new(Content: content, PromptTokens: promptTokens, CompletionTokens: completionTokens);

    public static ScriptedReply Error(int status, string? retryAfter = null) => new(Status: status, RetryAfter: retryAfter);
}

/// <summary>What the connector sent: the model, the messages and the raw JSON body.</summary>
public sealed record ChatRequest(string Model, IReadOnlyList<(string Role, string Content)> Messages, string Authorization, string Raw)
{
    public string UserContent => string.Join("\n", Messages.Where(m => m.Role == "user").Select(m => m.Content));

    public string SystemContent => string.Join("\n", Messages.Where(m => m.Role is "system" or "developer").Select(m => m.Content));

    public static ChatRequest Parse(string raw, string authorization)
    {
        var json = JsonNode.Parse(raw)!;
        var messages = json["messages"]!.AsArray().Select(m => (
            m!["role"]!.GetValue<string>(),
            m["content"] switch
            {
                JsonValue v => v.GetValue<string>(),
                JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
                _ => "",
            })).ToArray();
        return new ChatRequest(json["model"]?.GetValue<string>() ?? "", messages, authorization, raw);
    }
}
