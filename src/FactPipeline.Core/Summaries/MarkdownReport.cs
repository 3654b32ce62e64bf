using System.Text;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Summaries;

/// <summary>
/// <c>report.en.md</c> and <c>report.ko.md</c>: findings (conflicts first, then minor, then corroborations),
/// each with its explanation, the figures side by side with their sources and the original quotes; silent corrections
/// in a section of their own after them; possible matches only when asked for, in a section of their own after those.
/// </summary>
internal static class MarkdownReport
{
    private sealed record Labels(
        string Title, string Summary, string Findings, string NoFindings, string Source, string Figure, string Quote,
        string Problems, string Articles, string Language, string Published, string Unknown,
        string Conflict, string Minor, string Consistent, string Apart);

    private static readonly Labels English = new(
        "FactPipeline report", "{0} articles, {1} claims, {2} findings: {3} conflicts, {4} minor, {5} consistent.",
        "Findings", "No two sources state the same figure.", "Source", "Figure", "Quote (original language)",
        "Inputs not processed", "Articles", "Language", "Published", "unknown",
        "CONFLICT", "MINOR", "CONSISTENT", "apart");

    private static readonly Labels Korean = new(
        "FactPipeline 보고서", "기사 {0}건, 주장 {1}건, 발견 {2}건: 충돌 {3}건, 경미 {4}건, 일치 {5}건.",
        "발견 사항", "같은 수치를 다룬 출처가 없습니다.", "출처", "수치", "인용(원문)",
        "처리하지 못한 입력", "기사", "언어", "발행일", "알 수 없음",
        "충돌", "경미", "일치", "차이");

    /// <param name="showPossible">
    /// List the <see cref="Severity.Possible"/> findings in a section of their own; otherwise the summary line only
    /// says how many are hidden.
    /// </param>
    public static string Write(
        RunReport report, string language, FindingExplainer explainer, Model.Lexicon.ConceptLexicon lexicon, bool showPossible = false) =>
        TextPieces.ToText(writer => Write(writer, report, language, explainer, lexicon, showPossible));

    /// <summary>The same text as <see cref="Write(RunReport, string, FindingExplainer, Model.Lexicon.ConceptLexicon, bool)"/>, written to <paramref name="writer"/> as it is built.</summary>
    public static void Write(
        TextWriter writer, RunReport report, string language, FindingExplainer explainer, Model.Lexicon.ConceptLexicon lexicon, bool showPossible = false)
    {
        var l = language == "ko" ? Korean : English;
        var claims = report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var articles = report.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var checkedFindings = PossibleMatches.Checked(report.Findings).OrderBy(f => f.Severity).ToArray();
        var possible = PossibleMatches.Possible(report.Findings).ToArray();
        var corrections = CorrectionSection.Of(report.Findings).ToArray();
        var md = new StringBuilder();
        md.Append("# ").AppendLine(l.Title).AppendLine();
        md.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, l.Summary,
            report.Articles.Count, report.Claims.Count, checkedFindings.Length,
            report.Count(Severity.Conflict), report.Count(Severity.Minor), report.Count(Severity.Consistent)));
        if (PossibleMatches.Note(possible.Length, showPossible, language) is { } note)
        {
            md.Append(' ').Append(note).Append('.');
        }
        if (CorrectionSection.Note(corrections.Length, language) is { } correctionNote)
        {
            md.Append(' ').Append(correctionNote).Append('.');
        }
        md.AppendLine().AppendLine();

        md.Append("## ").AppendLine(l.Findings).AppendLine();
        if (checkedFindings.Length == 0)
        {
            md.AppendLine(l.NoFindings).AppendLine();
        }
        var number = 0;
        foreach (var finding in checkedFindings)
        {
            var severity = finding.Severity switch
            {
                Severity.Conflict => l.Conflict,
                Severity.Minor => l.Minor,
                Severity.Correction => CorrectionSection.Tag(language),
                Severity.Possible => PossibleMatches.Tag(language),
                Severity.Consistent => l.Consistent,
                _ => finding.Severity.ToString().ToUpperInvariant(),
            };
            WriteFinding(md, finding, severity, ++number, claims, articles, language, explainer, lexicon, l);
            TextPieces.WriteWhenLarge(md, writer);
        }
        if (corrections.Length > 0)
        {
            md.Append("## ").AppendLine(CorrectionSection.Heading(language)).AppendLine();
            foreach (var finding in corrections)
            {
                WriteFinding(md, finding, CorrectionSection.Tag(language), ++number, claims, articles, language, explainer, lexicon, l);
                TextPieces.WriteWhenLarge(md, writer);
            }
        }
        if (showPossible)
        {
            md.Append("## ").AppendLine(PossibleMatches.Heading(language)).AppendLine();
            if (possible.Length == 0)
            {
                md.AppendLine(PossibleMatches.None(language)).AppendLine();
            }
            foreach (var finding in possible)
            {
                WriteFinding(md, finding, PossibleMatches.Tag(language), ++number, claims, articles, language, explainer, lexicon, l);
                TextPieces.WriteWhenLarge(md, writer);
            }
        }

        md.Append("## ").AppendLine(l.Articles).AppendLine();
        md.Append("| ").Append(l.Source).Append(" | ").Append(l.Language).Append(" | ").Append(l.Published).AppendLine(" | |");
        md.AppendLine("|---|---|---|---|");
        foreach (var article in report.Articles)
        {
            md.Append("| ").Append(Cell(article.Source)).Append(" | ").Append(article.Language).Append(" | ")
                .Append(article.PublishedAt is { } d ? AmountFormatter.FormatDate(d, language) : l.Unknown).Append(" | ")
                .Append(Cell(article.Title ?? "")).AppendLine(" |");
            TextPieces.WriteWhenLarge(md, writer);
        }
        md.AppendLine();

        if (report.Problems.Count > 0)
        {
            md.Append("## ").AppendLine(l.Problems).AppendLine();
            foreach (var problem in report.Problems)
            {
                md.Append("- `").Append(problem.Source).Append("`: ").AppendLine(problem.Reason);
            }
            md.AppendLine();
        }
        TextPieces.Write(md, writer);
    }

    private static void WriteFinding(
        StringBuilder md, Finding finding, string severity, int number, Dictionary<string, Claim> claims, Dictionary<string, Article> articles,
        string language, FindingExplainer explainer, Model.Lexicon.ConceptLexicon lexicon, Labels l)
    {
        var members = finding.ClaimIds.Select(id => claims[id]).ToArray();
        var topic = explainer.TopicNames(finding, members);
        md.Append("### ").Append(number).Append(". [").Append(severity).Append("] ")
            .Append(language == "ko" ? topic.Ko : topic.En);
        if (finding.DifferencePercent > 0)
        {
            md.Append(" — ").Append(FindingExplainer.FormatPercent(finding.DifferencePercent)).Append(' ').Append(l.Apart);
        }
        md.AppendLine().AppendLine();
        md.AppendLine(language == "ko" ? finding.Explanation.Ko : finding.Explanation.En).AppendLine();
        md.Append("| ").Append(l.Source).Append(" | ").Append(l.Figure).Append(" | ").Append(l.Quote).AppendLine(" |");
        md.AppendLine("|---|---|---|");
        foreach (var claim in members)
        {
            var article = CorrectionSection.ArticleOf(finding, claim, members, articles);
            md.Append("| ").Append(Cell(SourceLabel(article, language, l))).Append(" | ")
                .Append(Cell(ClaimFigure.Format(claim, language, lexicon))).Append(" | ")
                .Append(Cell(QuoteWithFigure(claim))).AppendLine(" |");
        }
        md.AppendLine();
    }

    private static string SourceLabel(Article? article, string language, Labels l)
    {
        if (article is null)
        {
            return "?";
        }
        var date = article.PublishedAt is { } d ? AmountFormatter.FormatDate(d, language) : l.Unknown;
        return $"{Path.GetFileName(article.Source)} ({article.Language}, {date})";
    }

    /// <summary>The quote with the figure in bold, so the eye finds it.</summary>
    private static string QuoteWithFigure(Claim claim)
    {
        var at = claim.Value.Start - claim.QuoteStart;
        if (at < 0 || at + claim.Value.Length > claim.Quote.Length)
        {
            return claim.Quote;
        }
        return $"{claim.Quote[..at]}**{claim.Quote.Substring(at, claim.Value.Length)}**{claim.Quote[(at + claim.Value.Length)..]}";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
