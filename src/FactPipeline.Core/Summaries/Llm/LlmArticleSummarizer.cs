using System.Globalization;
using System.Text;
using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Quantities;
using FactPipeline.Core.Summaries.Checks;
using FactPipeline.Core.Summaries.Digest;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Summaries.Llm;

/// <summary>
/// One call per article and reader language (prompt SummarizeArticle): a translated title and a 3–5 sentence
/// summary. Nothing the model writes is shown unchecked: glossary names the model left in another language are
/// set to the reader's, then <see cref="SummaryNumberCheck"/> compares every figure with the article's figures —
/// a figure added or changed, a flagged figure dropped, or a title figure lost fails. A failed text is
/// regenerated once, told what was wrong (a new prompt, so a new cache entry); if that fails too the digest shows
/// the template version with a note. Answers are cached by the LLM client, so a re-run makes no calls and
/// reaches the same verdicts.
/// </summary>
public sealed class LlmArticleSummarizer(
    ILlmClient llm,
    IQuantityRecognizer recognizer,
    SummaryNumberCheck numberCheck,
    ConceptLexicon lexicon,
    Glossary glossary,
    IOptions<LlmSummariesOptions> options,
    IOptions<LlmOptions> llmOptions) : IArticleSummarizer
{
    public const string Stage = "summaries";

    private readonly LlmSummariesOptions _options = options.Value;

    public bool IsEnabled => llm.IsEnabled && _options.Enabled;

    public async Task<SummaryRunResult> SummarizeAsync(
        IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(findings);
        if (!IsEnabled)
        {
            return SummaryRunResult.None;
        }
        var claimsByArticle = claims.GroupBy(c => c.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        // The figures editors are asked to look at: a summary that drops them hides the point of the digest.
        // A possible match is no finding yet (the sources may be about different things), so it flags nothing.
        var flagged = findings.Where(f => f.Severity is Severity.Conflict or Severity.Minor)
            .SelectMany(f => f.ClaimIds).ToHashSet(StringComparer.Ordinal);
        var jobs = articles.SelectMany(a => _options.Languages.Select(language => (Article: a, Language: language))).ToArray();
        var results = new ArticleSummary[jobs.Length];
        var textsChecked = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, jobs.Length),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, llmOptions.Value.MaxConcurrency), CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var (article, language) = jobs[i];
                var own = claimsByArticle.GetValueOrDefault(article.Id) ?? [];
                var (summary, checkedTexts) = await SummarizeAsync(article, language, own, flagged, token);
                results[i] = summary;
                Interlocked.Add(ref textsChecked, checkedTexts);
            });
        return new SummaryRunResult(results, SummaryCounts.Of(results, textsChecked));
    }

    private async Task<(ArticleSummary Summary, int TextsChecked)> SummarizeAsync(
        Article article, string language, IReadOnlyList<Claim> claims, IReadOnlySet<string> flagged, CancellationToken cancellationToken)
    {
        var source = SourceFigures.Of(article, language, claims, flagged, recognizer, lexicon);
        var sourceText = (article.Title ?? "") + "\n" + article.Text;
        var arguments = Arguments(article, language, source);
        var texts = 0;
        var added = new List<string>();
        var missing = new List<string>();
        string? problem = null;
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var answer = await llm.CompleteAsync(_options.PromptName, arguments, new LlmCallContext(Stage, article.Id), cancellationToken);
            if (answer.Outcome is not (LlmOutcome.Ok or LlmOutcome.Cached))
            {
                var reason = answer.Reason ?? answer.Outcome.ToString();
                // Nothing generated at all is "offline"; a failed text whose regeneration could not be had is "replaced".
                return attempt == 1
                    ? (new ArticleSummary(article.Id, language, SummaryStatus.Offline) { Problem = reason }, texts)
                    : (Replaced(article, language, added, missing, $"regeneration failed: {reason}"), texts);
            }
            var (generated, invalid) = SummarizeArticleAnswer.Parse(answer.Text, _options.MaxSummaryCharacters);
            if (generated is null)
            {
                problem = invalid;
                arguments = WithFeedback(arguments, $"Your previous answer could not be used: {invalid}. Answer with the JSON object only, as the schema describes.");
                continue;
            }
            texts++;
            var (title, titleNames) = GlossaryNames.Enforce(glossary, generated.Title, language);
            var (text, textNames) = GlossaryNames.Enforce(glossary, generated.Summary, language);
            var titleCheck = numberCheck.Check(title, language, claims, source.Other, source.TitleFigures, sourceText);
            var textCheck = numberCheck.Check(text, language, claims, source.Other, source.Required, sourceText);
            if (titleCheck.Passed && textCheck.Passed)
            {
                var status = attempt == 1 ? SummaryStatus.Kept : SummaryStatus.KeptAfterRegeneration;
                return (new ArticleSummary(article.Id, language, status)
                {
                    Title = title,
                    Text = text,
                    NamesCorrected = titleNames + textNames,
                    PromptVersion = answer.PromptVersion,
                    // What the rejected first text got wrong stays visible to anyone auditing the run.
                    AddedFigures = [.. added.Distinct(StringComparer.Ordinal)],
                    MissingFigures = [.. missing.Distinct(StringComparer.Ordinal)],
                }, texts);
            }
            var wrong = titleCheck.Unmatched.Concat(textCheck.Unmatched).Select(q => q.Text.Trim()).ToArray();
            var lost = titleCheck.Missing.Concat(textCheck.Missing).Select(source.Describe).ToArray();
            added.AddRange(wrong);
            missing.AddRange(lost);
            arguments = WithFeedback(arguments, Feedback(wrong, lost));
        }
        return (Replaced(article, language, added, missing, problem), texts);
    }

    private static ArticleSummary Replaced(Article article, string language, List<string> added, List<string> missing, string? problem) =>
        new(article.Id, language, SummaryStatus.Replaced)
        {
            AddedFigures = [.. added.Distinct(StringComparer.Ordinal)],
            MissingFigures = [.. missing.Distinct(StringComparer.Ordinal)],
            Problem = problem,
        };

    private Dictionary<string, string> Arguments(Article article, string language, SourceFigures source)
    {
        var (text, truncationNote) = Lead(article);
        var names = GlossaryNames.PromptLines(glossary, (article.Title ?? "") + "\n" + article.Text, language);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["target_language"] = language == "ko" ? "Korean" : "English",
            ["target_code"] = language,
            ["language"] = article.Language,
            ["published_at"] = article.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown",
            ["title"] = PromptData.Defuse(article.Title?.Trim() ?? ""),
            ["article_text"] = PromptData.Defuse(text),
            ["figures"] = source.PromptLines.Count == 0 ? "(none: write no amounts, percentages, counts or multipliers)" : PromptData.Defuse(string.Join("\n", source.PromptLines)),
            ["required_figures"] = source.RequiredLines.Count == 0 ? "(none)" : string.Join("\n", source.RequiredLines),
            ["names"] = names.Count == 0 ? "(none)" : PromptData.Defuse(string.Join("\n", names)),
            ["truncation_note"] = truncationNote,
            ["feedback"] = "",
        };
    }

    private static Dictionary<string, string> WithFeedback(Dictionary<string, string> arguments, string feedback) =>
        new(arguments, StringComparer.Ordinal) { ["feedback"] = "\nYOUR PREVIOUS ANSWER WAS REJECTED. " + feedback + "\n" };

    private static string Feedback(IReadOnlyList<string> wrong, IReadOnlyList<string> lost)
    {
        var feedback = new StringBuilder("The figure check found: ");
        if (wrong.Count > 0)
        {
            feedback.Append("figures that are not figures of the article: ").AppendJoin(", ", wrong.Select(w => $"\"{w}\"")).Append(". ");
        }
        if (lost.Count > 0)
        {
            feedback.Append("required figures left out: ").AppendJoin(", ", lost.Select(l => $"\"{l}\"")).Append(". ");
        }
        return feedback.Append("Write the answer again using only the listed figures, each written exactly as listed.").ToString();
    }

    /// <summary>
    /// The article, or its first paragraphs when it is longer than the configured token budget (news puts the facts
    /// first); when even the first paragraph is too long, its first sentences.
    /// </summary>
    private (string Text, string Note) Lead(Article article)
    {
        var budget = _options.MaxArticleTokens;
        var model = llmOptions.Value.Model; // tokens as the model's own tokenizer counts them (LlmTokenizer)
        if (LlmTokenizer.Count(model, article.Text) <= budget)
        {
            return (article.Text, "");
        }
        var kept = new List<string>();
        var tokens = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            var cost = LlmTokenizer.Count(model, paragraph.Text) + 1;
            if (tokens + cost > budget)
            {
                break;
            }
            kept.Add(paragraph.Text);
            tokens += cost;
        }
        if (kept.Count > 0)
        {
            return (string.Join(Article.ParagraphSeparator, kept),
                $"The article is long: only its first {kept.Count} of {article.Paragraphs.Count} paragraphs are given. Summarize those.");
        }
        var first = article.Paragraphs[0].Text;
        var cut = FirstSentences(first, budget, model);
        return (cut, $"The article is long: only the first {cut.Length} of its {article.Text.Length} characters are given. Summarize those.");
    }

    /// <summary>Whole sentences from the start of <paramref name="text"/> within the budget; at least part of the first.</summary>
    private static string FirstSentences(string text, int budget, string? model)
    {
        // The count grows with the prefix, so the longest prefix within the budget is found by bisection.
        int low = 0, high = text.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (LlmTokenizer.Count(model, text[..middle]) <= budget)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        var end = Claims.SentenceSplitter.Split(text)
            .Select(sentence => sentence.Start + sentence.Length)
            .Where(sentenceEnd => sentenceEnd <= low)
            .DefaultIfEmpty(0)
            .Max();
        // One sentence over the budget is cut where the count reaches it.
        return text[..(end > 0 ? end : low)];
    }
}
