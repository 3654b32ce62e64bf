using System.Text.Json;
using FactPipeline.Core.Llm;

namespace FactPipeline.Core.Storage.Postgres;

/// <summary><see cref="ILlmStore"/> in the PostgreSQL database (tables llm_answers and llm_runs).</summary>
public sealed class PostgresLlmStore(PostgresDatabase database, TimeProvider time) : ILlmStore
{
    public async Task<LlmCachedAnswer?> GetAnswerAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await PostgresQuery.ListAsync(
            connection, "SELECT answer, prompt_tokens, completion_tokens FROM llm_answers WHERE cache_key = @key",
            r => new LlmCachedAnswer(r.GetString(0), (int)r.GetInt64(1), (int)r.GetInt64(2)), cancellationToken, null, ("key", key)))
            .FirstOrDefault();
    }

    /// <summary>The first answer stored under a key stays (two workers asking at once store one).</summary>
    public async Task SaveAnswerAsync(string key, string model, string promptName, string promptVersion, LlmCachedAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresQuery.ExecuteAsync(
            connection,
            """
            INSERT INTO llm_answers (cache_key, model, prompt_name, prompt_version, answer, prompt_tokens, completion_tokens, created_at)
            VALUES (@key, @model, @promptName, @promptVersion, @answer, @promptTokens, @completionTokens, @createdAt)
            ON CONFLICT (cache_key) DO NOTHING
            """,
            cancellationToken, null,
            ("key", key), ("model", model), ("promptName", promptName), ("promptVersion", promptVersion), ("answer", answer.Text),
            ("promptTokens", (long)answer.PromptTokens), ("completionTokens", (long)answer.CompletionTokens), ("createdAt", time.GetUtcNow()));
    }

    public async Task<LlmRunUsage?> GetRunUsageAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresQuery.ScalarAsync(connection, "SELECT usage_json FROM llm_runs WHERE run_id = @runId", cancellationToken, null, ("runId", runId)) is string json
            ? JsonSerializer.Deserialize(json, LlmStoreJson.Default.LlmRunUsage)
            : null;
    }

    public async Task SaveRunUsageAsync(LlmRunUsage usage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(usage);
        if (usage.RunId is null)
        {
            return; // calls outside a run (tools, tests) are counted in memory only
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresQuery.ExecuteAsync(
            connection,
            """
            INSERT INTO llm_runs (run_id, usage_json, updated_at) VALUES (@runId, @usageJson, @updatedAt)
            ON CONFLICT (run_id) DO UPDATE SET usage_json = excluded.usage_json, updated_at = excluded.updated_at
            """,
            cancellationToken, null,
            ("runId", usage.RunId), ("usageJson", JsonSerializer.Serialize(usage, LlmStoreJson.Default.LlmRunUsage)), ("updatedAt", time.GetUtcNow()));
    }
}
