using System.Text.Json;
using System.Text.RegularExpressions;

namespace FactPipeline.Core.Tests.TestSupport;

/// <summary>
/// A scripted model for the SummarizeArticle prompt that does what the prompt asks, reading it the way a model
/// would: the title carries the figures the prompt lists under "(title: …)", the summary every figure listed as
/// the article's (which covers "Figures the summary must include"), each written as listed. Tests change its answers with
/// <see cref="Rewrite"/> to play a model that gets a figure wrong. Other prompts get empty answers.
/// </summary>
internal static partial class ObedientSummaryModel
{
    public static bool IsSummaryPrompt(ChatRequest request) => request.UserContent.Contains("short news summaries", StringComparison.Ordinal);

    /// <summary>"en" or "ko": the reader language the request asks for.</summary>
    public static string TargetOf(ChatRequest request) => TargetCode().Match(request.UserContent).Groups[1].Value;

    public static bool IsRegeneration(ChatRequest request) => request.UserContent.Contains("YOUR PREVIOUS ANSWER WAS REJECTED", StringComparison.Ordinal);

    /// <summary>The article title as the prompt carries it (the line "Title: …" inside the article block).</summary>
    public static string TitleOf(ChatRequest request) => TitleLine().Match(request.UserContent).Groups[1].Value.Trim();

    public static ScriptedReply Answer(ChatRequest request, Func<string, string>? rewrite = null)
    {
        if (!IsSummaryPrompt(request))
        {
            return request.UserContent.Contains("same_fact", StringComparison.Ordinal)
                ? ScriptedReply.Json("""{"pairs":[]}""")
                : ScriptedReply.Json("""{"claims":[]}""");
        }
        var (title, summary) = Write(request);
        rewrite ??= s => s;
        return ScriptedReply.Json(JsonSerializer.Serialize(new { title = rewrite(title), summary = rewrite(summary) }));
    }

    public static (string Title, string Summary) Write(ChatRequest request)
    {
        var prompt = request.UserContent;
        var korean = TargetOf(request) == "ko";
        var titleFigures = TitleFigureLine().Matches(prompt).Select(m => m.Groups[1].Value.Trim()).ToArray();
        var figures = ArticleFigureLine().Matches(prompt).Select(m => m.Groups[1].Value.Trim()).ToArray();
        var title = (korean ? "기사 제목" : "Article title") + (titleFigures.Length > 0 ? ": " + string.Join(", ", titleFigures) : "");
        var summary = korean ? "이 기사는 인공지능 정책을 다룬다." : "The article is about artificial intelligence policy.";
        if (figures.Length > 0)
        {
            summary += korean ? $" 기사에 따르면 {string.Join(", ", figures)}이다." : $" It reports {string.Join(", ", figures)}.";
        }
        return (title, summary);
    }

    [GeneratedRegex("""\(ISO 639-1 "(\w+)"\)""")]
    private static partial Regex TargetCode();

    [GeneratedRegex(@"^Title: (.*)$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex("""^- (.+?) \(title: "[^"]*"\)$""", RegexOptions.Multiline)]
    private static partial Regex TitleFigureLine();

    /// <summary>"- AI budget: 10.1 trillion won (article: "10,1 triliun won")" → "10.1 trillion won".</summary>
    [GeneratedRegex("""^- (?:[^:\n]+: )?(.+?) \(article: "[^"]*"\)$""", RegexOptions.Multiline)]
    private static partial Regex ArticleFigureLine();

    /// <summary>Kept for tests that script a wrong figure: replaces the first occurrence only.</summary>
    public static Func<string, string> Rewrite(string from, string to) => s =>
    {
        var at = s.IndexOf(from, StringComparison.Ordinal);
        return at < 0 ? s : string.Concat(s.AsSpan(0, at), to, s.AsSpan(at + from.Length));
    };
}
