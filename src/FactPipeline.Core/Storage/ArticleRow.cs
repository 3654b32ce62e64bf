using System.Globalization;
using System.Text.Json;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Storage;

/// <summary>Flat row shape of an article in SQLite (names match the columns for Dapper).</summary>
#pragma warning disable IDE1006, CA1707 // column names
internal sealed class ArticleRow
{
    public string id { get; set; } = "";
    public string source { get; set; } = "";
    public string? title { get; set; }
    public string language { get; set; } = "";
    public string? published_at { get; set; }
    public string paragraphs_json { get; set; } = "[]";
    public string? metadata_json { get; set; }

    /// <summary>The parameters of <see cref="SqliteFactStore.UpsertArticleSql"/>, in the order of <see cref="Values"/>.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["id", "source", "title", "language", "published_at", "paragraphs_json", "metadata_json", "extractorVersion"];

    /// <summary>The row's values in the order of <see cref="Columns"/> (null for SQL NULL).</summary>
    public static object?[] Values(Article article, string extractorVersion) =>
    [
        article.Id,
        article.Source,
        article.Title,
        article.Language,
        FormatDate(article.PublishedAt),
        JsonSerializer.Serialize(article.Paragraphs.Select(p => p.Text), StorageJson.Default.IEnumerableString),
        JsonSerializer.Serialize(new Metadata(article.Author, article.SiteName, article.CanonicalUrl, FormatDate(article.ModifiedAt)), StorageJson.Default.Metadata),
        extractorVersion,
    ];

    public Article ToArticle()
    {
        var metadata = metadata_json is null ? null : JsonSerializer.Deserialize(metadata_json, StorageJson.Default.Metadata);
        return new Article
        {
            Id = id,
            Source = source,
            Title = title,
            Language = language,
            PublishedAt = ParseDate(published_at),
            Paragraphs = Article.Layout(JsonSerializer.Deserialize(paragraphs_json, StorageJson.Default.StringArray) ?? []),
            Author = metadata?.Author,
            SiteName = metadata?.SiteName,
            CanonicalUrl = metadata?.CanonicalUrl,
            ModifiedAt = ParseDate(metadata?.ModifiedAt),
        };
    }

    private static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal sealed record Metadata(string? Author, string? SiteName, string? CanonicalUrl, string? ModifiedAt);
}
#pragma warning restore IDE1006, CA1707
