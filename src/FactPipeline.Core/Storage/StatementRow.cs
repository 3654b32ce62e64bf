using FactPipeline.Core.Model;

namespace FactPipeline.Core.Storage;

/// <summary>Flat row shape of a statement in SQLite (names match the columns for Dapper).</summary>
#pragma warning disable IDE1006, CA1707 // column names
internal sealed class StatementRow
{
    public string id { get; set; } = "";
    public string article_id { get; set; } = "";
    public string quote { get; set; } = "";
    public long quote_start { get; set; }
    public string subject { get; set; } = "";
    public string predicate { get; set; } = "";
    // "object" is a C# keyword: the query names the column object_text (generated readers write the property name as is).
    public string? object_text { get; set; }
    public string? time_scope { get; set; }
    public string prompt_version { get; set; } = "";

    public Statement ToStatement() => new()
    {
        Id = id,
        ArticleId = article_id,
        Quote = quote,
        QuoteStart = (int)quote_start,
        Subject = subject,
        Predicate = predicate,
        Object = object_text,
        TimeScope = time_scope,
        PromptVersion = prompt_version,
    };
}
#pragma warning restore IDE1006, CA1707
