using System.Globalization;
using FactPipeline.Core.Claims;
using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;

namespace FactPipeline.Core.Summaries.Digest;

/// <summary>
/// <c>digest.en.md</c>, <c>digest.ko.md</c>, <c>digest.en.html</c> and <c>digest.ko.html</c>: the findings
/// (conflicts, then minor, then corroborations; possible matches apart and only when asked for), then a short
/// extractive summary of every article. Honest about
/// what wrote each text: article sentences are quoted in their original language and marked so; only proper names
/// are put into the reader's language (through the <see cref="Glossary"/>), and figures are re-written from the
/// parsed values, never translated. When the run generated summaries (<see cref="RunReport.Summaries"/>), a kept one
/// is shown marked as machine-generated next to the quotes and claims it was checked against; a rejected one is
/// named in a note over the template version (see <see cref="DigestSummaries"/>).
/// </summary>
public sealed class DigestWriter(FindingExplainer explainer, ConceptLexicon lexicon, Glossary glossary)
{
    /// <summary>Most sentences an article summary quotes.</summary>
    public const int MaxSummarySentences = 5;

    /// <summary>Fewest sentences an article summary quotes when the article has that many.</summary>
    public const int MinSummarySentences = 3;

    /// <summary>Writes the four digest files; returns their paths in the order md en, md ko, html en, html ko.</summary>
    /// <param name="showPossible">List possible matches in a section of their own (<c>--show-possible</c>); otherwise only their count.</param>
    public async Task<IReadOnlyList<string>> WriteAsync(
        RunReport report, string outputDirectory, bool showPossible = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(outputDirectory);
        var files = new List<string>();
        // One model per language serves both formats. The glossary names of each article are found once for both
        // languages, and the two models are built side by side (they only read the report).
        var names = report.Articles.AsParallel().AsOrdered().Select(GlossaryHits).ToArray();
        var models = await Task.WhenAll(
            Task.Run(() => Build(report, "en", showPossible, names), cancellationToken),
            Task.Run(() => Build(report, "ko", showPossible, names), cancellationToken));
        var (english, korean) = (models[0], models[1]);
        // The four files are written side by side (each only reads its model), each to a temporary file as it is
        // laid out, then moved into place in order, so a reader never sees half a digest.
        (string Name, Action<TextWriter> Write)[] digests =
        [
            ("digest.en.md", writer => DigestMarkdown.Write(english, writer)),
            ("digest.ko.md", writer => DigestMarkdown.Write(korean, writer)),
            ("digest.en.html", writer => DigestHtml.Write(english, writer)),
            ("digest.ko.html", writer => DigestHtml.Write(korean, writer)),
        ];
        await Task.WhenAll(digests.Select(digest => Task.Run(
            () => TextPieces.WriteFile(Path.Combine(outputDirectory, digest.Name) + ".tmp", digest.Write), cancellationToken)));
        foreach (var (name, _) in digests)
        {
            var path = Path.Combine(outputDirectory, name);
            File.Move(path + ".tmp", path, overwrite: true);
            files.Add(path);
        }
        return files;
    }

    public string Markdown(RunReport report, string language, bool showPossible = false) =>
        DigestMarkdown.Write(Build(report, language, showPossible));

    public string Html(RunReport report, string language, bool showPossible = false) =>
        DigestHtml.Write(Build(report, language, showPossible));

    /// <summary>The glossary names in an article's title and text.</summary>
    private IReadOnlyList<GlossaryHit> GlossaryHits(Article article) => glossary.Find((article.Title ?? "") + "\n" + article.Text);

    /// <param name="glossaryHits">Per article of the report, in order, its <see cref="GlossaryHits"/>; null: found here.</param>
    private DigestModel Build(RunReport report, string language, bool showPossible, IReadOnlyList<IReadOnlyList<GlossaryHit>>? glossaryHits = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var korean = language == "ko";
        var target = korean ? "ko" : "en";
        var l = DigestLabels.For(target);
        var claims = report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var articles = report.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var summaries = new DigestSummaries(report, target);
        var possibleCount = report.Count(Severity.Possible);
        var correctionCount = report.Count(Severity.Correction);
        var counts = string.Format(CultureInfo.InvariantCulture, l.Counts,
            report.Articles.Count, report.Claims.Count, report.Findings.Count - possibleCount - correctionCount,
            report.Count(Severity.Conflict), report.Count(Severity.Minor), report.Count(Severity.Consistent))
            + (PossibleMatches.Note(possibleCount, showPossible, target) is { } possibleNote ? $" {possibleNote}." : "")
            + (CorrectionSection.Note(correctionCount, target) is { } correctionNote ? $" {correctionNote}." : "")
            + summaries.CountsSuffix();
        string DateOf(Article? a) => a?.PublishedAt is { } d ? AmountFormatter.FormatDate(d, target) : l.Unknown;

        // Possible matches are numbered after the checked findings, so every number in the digest is unique.
        var findings = new List<DigestFinding>();
        var possible = new List<DigestFinding>();
        var corrections = new List<DigestFinding>();
        var shown = PossibleMatches.Checked(report.Findings).OrderBy(f => f.Severity)
            .Concat(CorrectionSection.Of(report.Findings))
            .Concat(showPossible ? PossibleMatches.Possible(report.Findings) : []);
        foreach (var finding in shown)
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
                var article = CorrectionSection.ArticleOf(finding, c, members, articles);
                return new DigestRow(
                    article is null ? "?" : SourceName(article), DateOf(article), ClaimFigure.Format(c, target, lexicon),
                    c.Quote.Replace("\n", " ", StringComparison.Ordinal), article?.Language ?? c.Language);
            }).ToArray();
            var (severity, css) = finding.Severity switch
            {
                Severity.Conflict => (l.Conflict, "conflict"),
                Severity.Minor => (l.Minor, "minor"),
                Severity.Possible => (PossibleMatches.Tag(target), "possible"),
                Severity.Correction => (CorrectionSection.Tag(target), "correction"),
                Severity.Consistent => (l.Consistent, "consistent"),
                _ => (finding.Severity.ToString(), "consistent"),
            };
            var number = findings.Count + corrections.Count + possible.Count + 1;
            var section = finding.Severity switch
            {
                Severity.Possible => possible,
                Severity.Correction => corrections,
                _ => findings,
            };
            section.Add(new DigestFinding(number, severity, css, topic, explanation, rows));
        }

        var digestArticles = new List<DigestArticle>();
        // Grouped once: filtering all claims per article is quadratic (10,000 articles × 50,000 claims).
        var claimsByArticle = report.Claims.ToLookup(c => c.ArticleId, StringComparer.Ordinal);
        for (var index = 0; index < report.Articles.Count; index++)
        {
            var article = report.Articles[index];
            var own = claimsByArticle[article.Id].OrderBy(c => c.QuoteStart).ToArray();
            var (title, translated, note) = TitleFor(article, target, l);
            // Proper names the article uses, as "name in the article's language → name in the reader's language";
            // names written the same way in both are left out.
            var sourceLanguage = SourceNameLanguage(article.Language);
            var names = (glossaryHits?[index] ?? GlossaryHits(article))
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
            var template = new DigestArticle(
                title, translated, note, SourceName(article), DateOf(article), article.Language, names,
                KeySentences(article, own), claimTexts);
            digestArticles.Add(summaries.Apply(article, template, OriginalTitle(article)));
        }
        // Once any generated text is shown, the offline note ("nothing is machine-translated") would be false.
        var generated = digestArticles.Any(a => a.GeneratedText.Count > 0 || a.OriginalTitle is not null);
        return new DigestModel(
            target, l, counts, generated ? summaries.GeneratedNote() : l.Note, summaries.Mark, findings, digestArticles)
        {
            PossibleFindings = showPossible ? possible : null,
            CorrectionFindings = corrections,
        };
    }

    private static string SourceNameLanguage(string articleLanguage) => articleLanguage is "id" or "en" or "ko" ? articleLanguage : "en";

    /// <summary>
    /// The title in the target language when the article is in it or the whole title is one glossary name;
    /// otherwise the original title, marked as such.
    /// </summary>
    private (string Title, bool Translated, string Note) TitleFor(Article article, string target, DigestLabels l)
    {
        var title = OriginalTitle(article);
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

    private static string OriginalTitle(Article article) =>
        string.IsNullOrWhiteSpace(article.Title) ? Path.GetFileName(article.Source) : article.Title.Trim();

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

}
