namespace FactPipeline.Core.Summaries.Digest;

/// <summary>One digest in one language, with every text already chosen; the Markdown and HTML writers only lay it out.</summary>
internal sealed record DigestModel(
    string Language, DigestLabels Labels, string Counts, IReadOnlyList<DigestFinding> Findings, IReadOnlyList<DigestArticle> Articles);

internal sealed record DigestRow(string Source, string Date, string Figure, string Quote, string Language);

internal sealed record DigestFinding(int Number, string Severity, string CssClass, string Topic, string Explanation, IReadOnlyList<DigestRow> Rows);

internal sealed record DigestArticle(
    string Title, bool TitleTranslated, string TitleNote, string Source, string Date, string Language,
    IReadOnlyList<string> Names, IReadOnlyList<string> Sentences, IReadOnlyList<string> Claims);
