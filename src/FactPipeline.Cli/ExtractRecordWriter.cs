using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactPipeline.Core.Model;

namespace FactPipeline.Cli;

/// <summary>
/// One input of <c>extract</c>: the article's text and metadata, or the problem that stopped it. The field names are
/// a contract (README, "Extract"): add fields, never rename one.
/// </summary>
internal sealed record ExtractRecord(string Source, Article? Article, string? Problem)
{
    public static ExtractRecord Of(Article article) => new(article.Source, article, null);

    public static ExtractRecord Failed(InputProblem problem) => new(problem.Source, null, problem.Reason);
}

/// <summary>
/// Writes <see cref="ExtractRecord"/>s as JSON Lines, one JSON array, plain text or Markdown, record by record, so a
/// long list of inputs streams. JSON is written field by field (no reflection: the command is a Native AOT program).
/// </summary>
internal sealed class ExtractRecordWriter(TextWriter output, string format)
{
    public static readonly IReadOnlyList<string> Formats = ["jsonl", "json", "text", "markdown"];

    // Relaxed: read by scripts and people, never embedded in HTML, so Korean, Vietnamese and Chinese stay readable.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = Compact with { Indented = true };

    private int _written;

    public async Task StartAsync()
    {
        if (format == "json")
        {
            await output.WriteAsync('[');
        }
    }

    public async Task WriteAsync(ExtractRecord record)
    {
        var separator = _written++ == 0 ? "" : format switch { "json" => ",", "jsonl" => "", _ => "\n" };
        await output.WriteAsync(separator);
        await output.WriteAsync(format switch
        {
            "jsonl" => Json(record, Compact) + "\n",
            "json" => "\n" + Json(record, Indented),
            "markdown" => Markdown(record),
            _ => Text(record),
        });
    }

    public async Task EndAsync()
    {
        if (format == "json")
        {
            await output.WriteAsync(_written == 0 ? "]\n" : "\n]\n");
        }
        await output.FlushAsync();
    }

    private static string Json(ExtractRecord record, JsonWriterOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            var article = record.Article;
            json.WriteStartObject();
            json.WriteString("source", record.Source);
            WriteOrNull(json, "url", article?.CanonicalUrl);
            WriteOrNull(json, "title", article?.Title);
            WriteOrNull(json, "author", article?.Author);
            WriteOrNull(json, "publishedAt", Date(article?.PublishedAt));
            WriteOrNull(json, "modifiedAt", Date(article?.ModifiedAt));
            WriteOrNull(json, "language", article is null || article.Language == "und" ? null : article.Language);
            WriteOrNull(json, "siteName", article?.SiteName);
            WriteOrNull(json, "text", article?.Text);
            WriteOrNull(json, "problem", record.Problem);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The text alone, as trafilatura's txt output; a problem as one line naming the input.</summary>
    private static string Text(ExtractRecord record) =>
        record.Article is { } article ? article.Text + "\n" : $"[{record.Source}: {record.Problem}]\n";

    private static string Markdown(ExtractRecord record)
    {
        var text = new StringBuilder();
        if (record.Article is not { } article)
        {
            return $"<!-- {record.Source}: {record.Problem} -->\n";
        }
        text.Append("# ").Append(article.Title ?? article.Source).Append("\n\n");
        var meta = new[] { article.Author, Date(article.PublishedAt), article.SiteName, article.CanonicalUrl ?? article.Source }
            .Where(part => !string.IsNullOrWhiteSpace(part));
        text.Append('*').Append(string.Join(" · ", meta)).Append("*\n\n");
        text.Append(article.Text).Append('\n');
        return text.ToString();
    }
}
