using System.Globalization;
using System.Net;
using System.Text;
using FactPipeline.Core.Claims;
using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;

namespace FactPipeline.Core.Summaries.Digest;

/// <summary>
/// <c>digest.en.md</c>, <c>digest.ko.md</c>, <c>digest.en.html</c> and <c>digest.ko.html</c>: the findings
/// (conflicts, then minor, then corroborations), then a short extractive summary of every article. Offline and
/// honest: article sentences are quoted in their original language and marked so; only proper names are put
/// into the reader's language (through the <see cref="Glossary"/>), and figures are re-written from the parsed
/// values, never translated.
/// </summary>
public sealed class DigestWriter(FindingExplainer explainer, ConceptLexicon lexicon, Glossary glossary)
{
    /// <summary>Most sentences an article summary quotes.</summary>
    public const int MaxSummarySentences = 5;

    /// <summary>Fewest sentences an article summary quotes when the article has that many.</summary>
    public const int MinSummarySentences = 3;

    private sealed record Labels(
        string Title, string Counts, string Note, string Findings, string NoFindings, string Source, string Date,
        string Figure, string Quote, string Articles, string Language, string Unknown, string Conflict, string Minor,
        string Consistent, string Apart, string Original, string TitleOriginal, string Names, string Summary,
        string Claims, string NoClaims, string NoSentences, string Translated);

    private static readonly Labels English = new(
        "FactPipeline digest", "{0} articles, {1} claims, {2} findings: {3} conflicts, {4} minor, {5} consistent.",
        "Nothing here is machine-translated: sentences from the articles are quoted in their original language and marked \"original language\"; only names (through the glossary) and figures (from the parsed values) are written in English.",
        "Findings", "No two sources state the same figure.", "Source", "Date", "Figure", "Quote", "Articles",
        "Language", "unknown", "CONFLICT", "MINOR", "CONSISTENT", "apart", "original language",
        "title in original language", "Names in English", "Key sentences", "Claims", "No figures found.",
        "No sentences found.", "title translated from glossary names");

    private static readonly Labels Korean = new(
        "FactPipeline 요약", "기사 {0}건, 주장 {1}건, 발견 {2}건: 충돌 {3}건, 경미 {4}건, 일치 {5}건.",
        "이 요약에는 기계 번역이 없습니다. 기사 문장은 원문 그대로 인용하고 \"원문\"으로 표시했으며, 고유명사(용어집)와 수치(분석값)만 한국어로 적었습니다.",
        "발견 사항", "같은 수치를 다룬 출처가 없습니다.", "출처", "날짜", "수치", "인용", "기사",
        "언어", "알 수 없음", "충돌", "경미", "일치", "차이", "원문",
        "제목 원문", "한국어 이름", "핵심 문장", "주장", "수치를 찾지 못했습니다.",
        "문장을 찾지 못했습니다.", "용어집 이름으로 옮긴 제목");

    /// <summary>Writes the four digest files; returns their paths in the order md en, md ko, html en, html ko.</summary>
    public async Task<IReadOnlyList<string>> WriteAsync(RunReport report, string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(outputDirectory);
        var files = new List<string>();
        foreach (var (name, content) in new[]
        {
            ("digest.en.md", Markdown(report, "en")),
            ("digest.ko.md", Markdown(report, "ko")),
            ("digest.en.html", Html(report, "en")),
            ("digest.ko.html", Html(report, "ko")),
        })
        {
            var path = Path.Combine(outputDirectory, name);
            var temporary = path + ".tmp";
            await File.WriteAllTextAsync(temporary, content, new UTF8Encoding(false), cancellationToken);
            File.Move(temporary, path, overwrite: true);
            files.Add(path);
        }
        return files;
    }

    public string Markdown(RunReport report, string language)
    {
        var digest = Build(report, language);
        var l = digest.Labels;
        var md = new StringBuilder();
        md.Append("# ").AppendLine(l.Title).AppendLine();
        md.AppendLine(digest.Counts).AppendLine();
        md.Append("> ").AppendLine(l.Note).AppendLine();
        md.Append("## ").AppendLine(l.Findings).AppendLine();
        if (digest.Findings.Count == 0)
        {
            md.AppendLine(l.NoFindings).AppendLine();
        }
        foreach (var f in digest.Findings)
        {
            md.Append("### ").Append(f.Number).Append(". [").Append(f.Severity).Append("] ").AppendLine(f.Topic).AppendLine();
            md.AppendLine(f.Explanation).AppendLine();
            md.Append("| ").Append(l.Source).Append(" | ").Append(l.Date).Append(" | ").Append(l.Figure).Append(" | ")
                .Append(l.Quote).Append(" (").Append(l.Original).AppendLine(") |");
            md.AppendLine("|---|---|---|---|");
            foreach (var row in f.Rows)
            {
                md.Append("| ").Append(Cell(row.Source)).Append(" | ").Append(Cell(row.Date)).Append(" | ")
                    .Append(Cell(row.Figure)).Append(" | ").Append(Cell(row.Quote)).Append(" _(").Append(l.Original)
                    .Append(", ").Append(row.Language).AppendLine(")_ |");
            }
            md.AppendLine();
        }
        md.Append("## ").AppendLine(l.Articles).AppendLine();
        foreach (var a in digest.Articles)
        {
            md.Append("### ").AppendLine(a.Title);
            md.AppendLine();
            md.Append("_").Append(a.TitleNote).AppendLine("_").AppendLine();
            md.Append("- ").Append(l.Source).Append(": ").AppendLine(a.Source);
            md.Append("- ").Append(l.Date).Append(": ").AppendLine(a.Date);
            md.Append("- ").Append(l.Language).Append(": ").AppendLine(a.Language);
            if (a.Names.Count > 0)
            {
                md.Append("- ").Append(l.Names).Append(": ").AppendLine(string.Join("; ", a.Names));
            }
            md.AppendLine();
            md.Append("**").Append(l.Summary).Append("** (").Append(l.Original).Append(", ").Append(a.Language).AppendLine("):").AppendLine();
            if (a.Sentences.Count == 0)
            {
                md.AppendLine(l.NoSentences);
            }
            foreach (var sentence in a.Sentences)
            {
                md.Append("> ").AppendLine(sentence.Replace("\n", " ", StringComparison.Ordinal)).AppendLine(">");
            }
            md.AppendLine();
            md.Append("**").Append(l.Claims).AppendLine("**:").AppendLine();
            if (a.Claims.Count == 0)
            {
                md.AppendLine(l.NoClaims);
            }
            foreach (var claim in a.Claims)
            {
                md.Append("- ").AppendLine(claim);
            }
            md.AppendLine();
        }
        return md.ToString();
    }

    public string Html(RunReport report, string language)
    {
        var digest = Build(report, language);
        var l = digest.Labels;
        static string E(string text) => WebUtility.HtmlEncode(text);
        var h = new StringBuilder();
        h.AppendLine("<!DOCTYPE html>");
        h.Append("<html lang=\"").Append(language == "ko" ? "ko" : "en").AppendLine("\">");
        h.AppendLine("<head>");
        h.AppendLine("<meta charset=\"utf-8\">");
        h.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        h.Append("<title>").Append(E(l.Title)).AppendLine("</title>");
        h.AppendLine("<style>");
        h.AppendLine("body{font-family:\"Noto Sans CJK KR\",\"Noto Sans KR\",\"Apple SD Gothic Neo\",\"Malgun Gothic\",\"Noto Sans\",\"Segoe UI\",Roboto,Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#222;}");
        h.AppendLine("table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem;}th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left;}th{background:#f3f3f3;}td.date,td.figure{white-space:nowrap;}");
        h.AppendLine("blockquote{margin:.4rem 0;padding:.2rem .8rem;border-left:4px solid #bbb;background:#fafafa;}");
        h.AppendLine(".orig{font-size:.8em;color:#666;font-style:italic;}.note{background:#fff8e1;padding:.5rem .8rem;border:1px solid #f0d98c;}");
        h.AppendLine(".sev{font-weight:bold;padding:0 .3rem;border-radius:3px;}.conflict{background:#fdd;color:#900;}.minor{background:#ffe9c6;color:#840;}.consistent{background:#dfd;color:#060;}");
        h.AppendLine("</style>");
        h.AppendLine("</head>");
        h.AppendLine("<body>");
        h.Append("<h1>").Append(E(l.Title)).AppendLine("</h1>");
        h.Append("<p>").Append(E(digest.Counts)).AppendLine("</p>");
        h.Append("<p class=\"note\">").Append(E(l.Note)).AppendLine("</p>");
        h.Append("<h2>").Append(E(l.Findings)).AppendLine("</h2>");
        if (digest.Findings.Count == 0)
        {
            h.Append("<p>").Append(E(l.NoFindings)).AppendLine("</p>");
        }
        foreach (var f in digest.Findings)
        {
            h.Append("<section class=\"finding\"><h3>").Append(f.Number).Append(". <span class=\"sev ").Append(f.CssClass).Append("\">")
                .Append(E(f.Severity)).Append("</span> ").Append(E(f.Topic)).AppendLine("</h3>");
            h.Append("<p>").Append(E(f.Explanation)).AppendLine("</p>");
            h.Append("<table><thead><tr><th>").Append(E(l.Source)).Append("</th><th>").Append(E(l.Date)).Append("</th><th>")
                .Append(E(l.Figure)).Append("</th><th>").Append(E(l.Quote)).Append(" (").Append(E(l.Original)).AppendLine(")</th></tr></thead><tbody>");
            foreach (var row in f.Rows)
            {
                h.Append("<tr><td>").Append(E(row.Source)).Append("</td><td class=\"date\">").Append(E(row.Date)).Append("</td><td class=\"figure\">").Append(E(row.Figure))
                    .Append("</td><td><q lang=\"").Append(E(row.Language)).Append("\">").Append(E(row.Quote)).Append("</q> <span class=\"orig\">(")
                    .Append(E(l.Original)).Append(", ").Append(E(row.Language)).AppendLine(")</span></td></tr>");
            }
            h.AppendLine("</tbody></table></section>");
        }
        h.Append("<h2>").Append(E(l.Articles)).AppendLine("</h2>");
        foreach (var a in digest.Articles)
        {
            h.Append("<article><h3").Append(a.TitleTranslated ? "" : $" lang=\"{E(a.Language)}\"").Append('>').Append(E(a.Title)).AppendLine("</h3>");
            h.Append("<p class=\"orig\">").Append(E(a.TitleNote)).AppendLine("</p>");
            h.Append("<ul><li>").Append(E(l.Source)).Append(": ").Append(E(a.Source)).Append("</li><li>").Append(E(l.Date)).Append(": ")
                .Append(E(a.Date)).Append("</li><li>").Append(E(l.Language)).Append(": ").Append(E(a.Language)).Append("</li>");
            if (a.Names.Count > 0)
            {
                h.Append("<li>").Append(E(l.Names)).Append(": ").Append(E(string.Join("; ", a.Names))).Append("</li>");
            }
            h.AppendLine("</ul>");
            h.Append("<h4>").Append(E(l.Summary)).Append(" <span class=\"orig\">(").Append(E(l.Original)).Append(", ").Append(E(a.Language)).AppendLine(")</span></h4>");
            if (a.Sentences.Count == 0)
            {
                h.Append("<p>").Append(E(l.NoSentences)).AppendLine("</p>");
            }
            foreach (var sentence in a.Sentences)
            {
                h.Append("<blockquote lang=\"").Append(E(a.Language)).Append("\">").Append(E(sentence)).AppendLine("</blockquote>");
            }
            h.Append("<h4>").Append(E(l.Claims)).AppendLine("</h4>");
            if (a.Claims.Count == 0)
            {
                h.Append("<p>").Append(E(l.NoClaims)).AppendLine("</p>");
            }
            else
            {
                h.Append("<ul>");
                foreach (var claim in a.Claims)
                {
                    h.Append("<li>").Append(E(claim)).Append("</li>");
                }
                h.AppendLine("</ul>");
            }
            h.AppendLine("</article>");
        }
        h.AppendLine("</body>");
        h.AppendLine("</html>");
        return h.ToString();
    }

    private sealed record DigestRow(string Source, string Date, string Figure, string Quote, string Language);

    private sealed record DigestFinding(int Number, string Severity, string CssClass, string Topic, string Explanation, IReadOnlyList<DigestRow> Rows);

    private sealed record DigestArticle(
        string Title, bool TitleTranslated, string TitleNote, string Source, string Date, string Language,
        IReadOnlyList<string> Names, IReadOnlyList<string> Sentences, IReadOnlyList<string> Claims);

    private sealed record DigestModel(Labels Labels, string Counts, IReadOnlyList<DigestFinding> Findings, IReadOnlyList<DigestArticle> Articles);

    private DigestModel Build(RunReport report, string language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var korean = language == "ko";
        var target = korean ? "ko" : "en";
        var l = korean ? Korean : English;
        var claims = report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var articles = report.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var counts = string.Format(CultureInfo.InvariantCulture, l.Counts,
            report.Articles.Count, report.Claims.Count, report.Findings.Count,
            report.Count(Severity.Conflict), report.Count(Severity.Minor), report.Count(Severity.Consistent));
        string DateOf(Article? a) => a?.PublishedAt is { } d ? AmountFormatter.FormatDate(d, target) : l.Unknown;

        var findings = new List<DigestFinding>();
        foreach (var finding in report.Findings.OrderBy(f => f.Severity))
        {
            var members = finding.ClaimIds.Where(claims.ContainsKey).Select(id => claims[id]).ToArray();
            if (members.Length == 0)
            {
                continue;
            }
            var names = explainer.TopicNames(finding, members);
            var topic = korean ? names.Ko : names.En;
            if (finding.DifferencePercent > 0)
            {
                topic += $" — {FindingExplainer.FormatPercent(finding.DifferencePercent)} {l.Apart}";
            }
            var explanation = korean ? finding.Explanation.Ko : finding.Explanation.En;
            var rows = members.Select(c =>
            {
                var article = articles.GetValueOrDefault(c.ArticleId);
                return new DigestRow(
                    article is null ? "?" : SourceName(article), DateOf(article), ClaimFigure.Format(c, target, lexicon),
                    c.Quote.Replace("\n", " ", StringComparison.Ordinal), article?.Language ?? c.Language);
            }).ToArray();
            var (severity, css) = finding.Severity switch
            {
                Severity.Conflict => (l.Conflict, "conflict"),
                Severity.Minor => (l.Minor, "minor"),
                _ => (l.Consistent, "consistent"),
            };
            findings.Add(new DigestFinding(findings.Count + 1, severity, css, topic, explanation, rows));
        }

        var digestArticles = new List<DigestArticle>();
        foreach (var article in report.Articles)
        {
            var own = report.Claims.Where(c => c.ArticleId == article.Id).OrderBy(c => c.QuoteStart).ToArray();
            var (title, translated, note) = TitleFor(article, target, l);
            // Proper names the article uses, as "name in the article's language → name in the reader's language";
            // names written the same way in both are left out.
            var sourceLanguage = SourceNameLanguage(article.Language);
            var names = glossary.Find((article.Title ?? "") + "\n" + article.Text)
                .Select(hit => hit.Entry)
                .Where(e => e.Kind is not ("unit" or "term"))
                .Select(e => (From: e.NameIn(sourceLanguage), To: e.NameIn(target)))
                .Where(n => !string.Equals(n.From, n.To, StringComparison.Ordinal))
                .Select(n => $"{n.From} → {n.To}")
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            var claimTexts = own.Select(c =>
            {
                var concept = lexicon.Find(c.Concept);
                var what = concept is { IsUnit: false } ? (korean ? concept.Ko : concept.En) + ": " : "";
                return what + ClaimFigure.Format(c, target, lexicon);
            }).Distinct(StringComparer.Ordinal).ToArray();
            digestArticles.Add(new DigestArticle(
                title, translated, note, SourceName(article), DateOf(article), article.Language, names,
                KeySentences(article, own), claimTexts));
        }
        return new DigestModel(l, counts, findings, digestArticles);
    }

    private static string SourceNameLanguage(string articleLanguage) => articleLanguage is "id" or "en" or "ko" ? articleLanguage : "en";

    /// <summary>
    /// The title in the target language when the article is in it or the whole title is one glossary name;
    /// otherwise the original title, marked as such.
    /// </summary>
    private (string Title, bool Translated, string Note) TitleFor(Article article, string target, Labels l)
    {
        var title = string.IsNullOrWhiteSpace(article.Title) ? Path.GetFileName(article.Source) : article.Title.Trim();
        if (article.Language == target)
        {
            return (title, true, $"{l.Language}: {target}");
        }
        if (glossary.Translate(title, target) is { } translated)
        {
            return (translated, true, $"{l.Translated} ({l.Original}: {title})");
        }
        return (title, false, $"{l.TitleOriginal} ({article.Language})");
    }

    /// <summary>
    /// The sentences carrying the article's claims, in article order, at most <see cref="MaxSummarySentences"/>;
    /// topped up from the lead to <see cref="MinSummarySentences"/> when fewer sentences have claims.
    /// </summary>
    internal static IReadOnlyList<string> KeySentences(Article article, IReadOnlyList<Claim> claims)
    {
        var chosen = new SortedDictionary<int, string>();
        foreach (var claim in claims.OrderBy(c => c.QuoteStart))
        {
            if (chosen.Count >= MaxSummarySentences)
            {
                break;
            }
            chosen.TryAdd(claim.QuoteStart, claim.Quote.Trim());
        }
        if (chosen.Count < MinSummarySentences)
        {
            var text = article.Text;
            foreach (var (start, length) in SentenceSplitter.Split(text))
            {
                if (chosen.Count >= MinSummarySentences)
                {
                    break;
                }
                var sentence = text.Substring(start, length).Trim();
                // Skip headline-like fragments and sentences already quoted.
                if (sentence.Length < 40 || chosen.Values.Any(s => s.Contains(sentence, StringComparison.Ordinal) || sentence.Contains(s, StringComparison.Ordinal)))
                {
                    continue;
                }
                chosen.TryAdd(start, sentence);
            }
        }
        return [.. chosen.Values];
    }

    private static string SourceName(Article article) =>
        article.Source.Contains("://", StringComparison.Ordinal) ? article.Source : Path.GetFileName(article.Source);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
