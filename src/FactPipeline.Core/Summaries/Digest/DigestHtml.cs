using System.Net;
using System.Text;

namespace FactPipeline.Core.Summaries.Digest;

/// <summary>
/// Lays out a <see cref="DigestModel"/> as one self-contained HTML page (inline CSS, no external resources).
/// Every text is HTML-encoded: article text and generated text are both untrusted.
/// </summary>
internal static class DigestHtml
{
    public static string Write(DigestModel digest) => TextPieces.ToText(writer => Write(digest, writer));

    /// <summary>The same text as <see cref="Write(DigestModel)"/>, written to <paramref name="writer"/> as it is laid out.</summary>
    public static void Write(DigestModel digest, TextWriter writer)
    {
        var l = digest.Labels;
        var h = new StringBuilder();
        h.AppendLine("<!DOCTYPE html>");
        h.Append("<html lang=\"").Append(digest.Language).AppendLine("\">");
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
        if (digest.CorrectionFindings.Count > 0)
        {
            h.AppendLine(".correction{background:#e8e0f8;color:#4b2a8a;}");
        }
        if (digest.PossibleFindings is { Count: > 0 })
        {
            h.AppendLine(".possible{background:#eee;color:#555;}");
        }
        if (digest.HasSummaries)
        {
            // Only when there is something to style, so the offline page stays as it was.
            h.AppendLine(".generated{color:#1d4f91;font-style:italic;}.summary{margin:.4rem 0;padding:.2rem .8rem;border-left:4px solid #6b9bd8;background:#f0f5fc;}");
            h.AppendLine(".replaced{background:#fdecea;padding:.4rem .8rem;border:1px solid #f0a8a0;}.offline{background:#f3f3f3;padding:.4rem .8rem;border:1px solid #ccc;}");
        }
        h.AppendLine("</style>");
        h.AppendLine("</head>");
        h.AppendLine("<body>");
        h.Append("<h1>").Append(E(l.Title)).AppendLine("</h1>");
        h.Append("<p>").Append(E(digest.Counts)).AppendLine("</p>");
        h.Append("<p class=\"note\">").Append(E(digest.Note)).AppendLine("</p>");
        h.Append("<h2>").Append(E(l.Findings)).AppendLine("</h2>");
        if (digest.Findings.Count == 0)
        {
            h.Append("<p>").Append(E(l.NoFindings)).AppendLine("</p>");
        }
        foreach (var f in digest.Findings)
        {
            WriteFinding(h, f, l);
            TextPieces.WriteWhenLarge(h, writer);
        }
        if (digest.CorrectionFindings.Count > 0)
        {
            h.Append("<h2>").Append(E(CorrectionSection.Heading(digest.Language))).AppendLine("</h2>");
            foreach (var f in digest.CorrectionFindings)
            {
                WriteFinding(h, f, l);
                TextPieces.WriteWhenLarge(h, writer);
            }
        }
        if (digest.PossibleFindings is { } possible)
        {
            h.Append("<h2>").Append(E(PossibleMatches.Heading(digest.Language))).AppendLine("</h2>");
            if (possible.Count == 0)
            {
                h.Append("<p>").Append(E(PossibleMatches.None(digest.Language))).AppendLine("</p>");
            }
            foreach (var f in possible)
            {
                WriteFinding(h, f, l);
                TextPieces.WriteWhenLarge(h, writer);
            }
        }
        h.Append("<h2>").Append(E(l.Articles)).AppendLine("</h2>");
        foreach (var a in digest.Articles)
        {
            WriteArticle(h, a, digest);
            TextPieces.WriteWhenLarge(h, writer);
        }
        h.AppendLine("</body>");
        h.AppendLine("</html>");
        TextPieces.Write(h, writer);
    }

    private static void WriteFinding(StringBuilder h, DigestFinding f, DigestLabels l)
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

    private static void WriteArticle(StringBuilder h, DigestArticle a, DigestModel digest)
    {
        var l = digest.Labels;
        var s = DigestSummaryLabels.For(digest.Language);
        // A translated title (glossary or model) is in the page's language and inherits its lang.
        h.Append("<article><h3").Append(a.TitleTranslated ? "" : $" lang=\"{E(a.Language)}\"").Append('>').Append(E(a.Title)).AppendLine("</h3>");
        if (a.OriginalTitle is { } original)
        {
            h.Append("<p class=\"orig generated\">").Append(E(a.TitleNote)).Append(" <span lang=\"").Append(E(a.Language)).Append("\">")
                .Append(E(original)).AppendLine("</span></p>");
        }
        else
        {
            h.Append("<p class=\"orig\">").Append(E(a.TitleNote)).AppendLine("</p>");
        }
        h.Append("<ul><li>").Append(E(l.Source)).Append(": ").Append(E(a.Source)).Append("</li><li>").Append(E(l.Date)).Append(": ")
            .Append(E(a.Date)).Append("</li><li>").Append(E(l.Language)).Append(": ").Append(E(a.Language)).Append("</li>");
        if (a.Names.Count > 0)
        {
            h.Append("<li>").Append(E(l.Names)).Append(": ").Append(E(string.Join("; ", a.Names))).Append("</li>");
        }
        h.AppendLine("</ul>");
        if (a.Notice is { } notice)
        {
            h.Append("<p class=\"").Append(notice.CssClass).Append("\"><strong>").Append(E(s.NoteLabel)).Append(":</strong> ")
                .Append(E(notice.Text)).AppendLine("</p>");
        }
        if (a.GeneratedText.Count > 0)
        {
            h.Append("<h4>").Append(E(s.Heading)).Append(" <span class=\"generated\">(").Append(E(digest.SummaryMark)).AppendLine(")</span></h4>");
            h.Append("<div class=\"summary\" lang=\"").Append(E(digest.Language)).Append("\">");
            foreach (var paragraph in a.GeneratedText)
            {
                h.Append("<p>").Append(E(paragraph)).Append("</p>");
            }
            h.AppendLine("</div>");
        }
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

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
