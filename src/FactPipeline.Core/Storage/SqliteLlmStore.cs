using System.Globalization;
using System.Text.Json;
using Dapper;
using FactPipeline.Core.Llm;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Storage;

/// <summary><see cref="ILlmStore"/> in the same SQLite file as the facts (tables llm_answers and llm_runs).</summary>
public sealed class SqliteLlmStore(IOptions<StorageOptions> options, TimeProvider time) : ILlmStore
{
    private const string CreateSql = """
        CREATE TABLE IF NOT EXISTS llm_answers (
            cache_key TEXT PRIMARY KEY,
            model TEXT NOT NULL,
            prompt_name TEXT NOT NULL,
            prompt_version TEXT NOT NULL,
            answer TEXT NOT NULL,
            prompt_tokens INTEGER NOT NULL,
            completion_tokens INTEGER NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS llm_runs (
            run_id TEXT PRIMARY KEY,
            usage_json TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """;

    private readonly SqliteTables _tables = new(options.Value.DatabasePath, CreateSql);

    public async Task<LlmCachedAnswer?> GetAnswerAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<CachedAnswerRow>(
            "SELECT answer AS Answer, prompt_tokens AS PromptTokens, completion_tokens AS CompletionTokens FROM llm_answers WHERE cache_key = @key", new { key });
        return row is { } r ? new LlmCachedAnswer(r.Answer, (int)r.PromptTokens, (int)r.CompletionTokens) : null;
    }

    public async Task SaveAnswerAsync(string key, string model, string promptName, string promptVersion, LlmCachedAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO llm_answers (cache_key, model, prompt_name, prompt_version, answer, prompt_tokens, completion_tokens, created_at)
            VALUES (@key, @model, @promptName, @promptVersion, @Text, @PromptTokens, @CompletionTokens, @createdAt)
            ON CONFLICT (cache_key) DO NOTHING
            """,
            new { key, model, promptName, promptVersion, answer.Text, answer.PromptTokens, answer.CompletionTokens, createdAt = Now() });
    }

    public async Task<LlmRunUsage?> GetRunUsageAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var json = await connection.QueryFirstOrDefaultAsync<string?>("SELECT usage_json FROM llm_runs WHERE run_id = @runId", new { runId });
        return json is null ? null : JsonSerializer.Deserialize(json, LlmStoreJson.Default.LlmRunUsage);
    }

    public async Task SaveRunUsageAsync(LlmRunUsage usage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(usage);
        if (usage.RunId is null)
        {
            return; // calls outside a run (tools, tests) are counted in memory only
        }
        await using var connection = await OpenAsync(cancellationToken);
        // Positional: Dapper.AOT's generator (1.1.0) leaves this call to Dapper's reflection, which Native AOT lacks.
        await PreparedInsert.RunAsync(
            connection,
            """
            INSERT INTO llm_runs (run_id, usage_json, updated_at) VALUES (@runId, @usageJson, @updatedAt)
            ON CONFLICT (run_id) DO UPDATE SET usage_json = excluded.usage_json, updated_at = excluded.updated_at
            """,
            ["runId", "usageJson", "updatedAt"],
            [[usage.RunId, JsonSerializer.Serialize(usage, LlmStoreJson.Default.LlmRunUsage), Now()]],
            cancellationToken);
    }

    private string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _tables.OpenAsync(cancellationToken);

    internal sealed record CachedAnswerRow(string Answer, long PromptTokens, long CompletionTokens);
}
