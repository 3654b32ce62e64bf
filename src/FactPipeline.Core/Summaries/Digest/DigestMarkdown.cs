using System.Text;

namespace FactPipeline.Core.Summaries.Digest;

/// <summary>Lays out a <see cref="DigestModel"/> as Markdown (<c>digest.en.md</c>, <c>digest.ko.md</c>).</summary>
internal static class DigestMarkdown
{
    public static string Write(DigestModel digest)
    {
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
            WriteArticle(md, a, l);
        }
        return md.ToString();
    }

    private static void WriteArticle(StringBuilder md, DigestArticle a, DigestLabels l)
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

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
