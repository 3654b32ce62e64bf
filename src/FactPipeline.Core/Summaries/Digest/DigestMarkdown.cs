using System.Text;

namespace FactPipeline.Core.Summaries.Digest;

/// <summary>Lays out a <see cref="DigestModel"/> as Markdown (<c>digest.en.md</c>, <c>digest.ko.md</c>).</summary>
internal static class DigestMarkdown
{
    public static string Write(DigestModel digest) => TextPieces.ToText(writer => Write(digest, writer));

    /// <summary>The same text as <see cref="Write(DigestModel)"/>, written to <paramref name="writer"/> as it is laid out.</summary>
    public static void Write(DigestModel digest, TextWriter writer)
    {
        var l = digest.Labels;
        var md = new StringBuilder();
        md.Append("# ").AppendLine(l.Title).AppendLine();
        md.AppendLine(digest.Counts).AppendLine();
        // The note may name the model; escaping is a no-op on the fixed offline note.
        md.Append("> ").AppendLine(Escape(digest.Note)).AppendLine();
        md.Append("## ").AppendLine(l.Findings).AppendLine();
        if (digest.Findings.Count == 0)
        {
            md.AppendLine(l.NoFindings).AppendLine();
        }
        foreach (var f in digest.Findings)
        {
            WriteFinding(md, f, l);
            TextPieces.WriteWhenLarge(md, writer);
        }
        if (digest.CorrectionFindings.Count > 0)
        {
            md.Append("## ").AppendLine(CorrectionSection.Heading(digest.Language)).AppendLine();
            foreach (var f in digest.CorrectionFindings)
            {
                WriteFinding(md, f, l);
                TextPieces.WriteWhenLarge(md, writer);
            }
        }
        if (digest.PossibleFindings is { } possible)
        {
            md.Append("## ").AppendLine(PossibleMatches.Heading(digest.Language)).AppendLine();
            if (possible.Count == 0)
            {
                md.AppendLine(PossibleMatches.None(digest.Language)).AppendLine();
            }
            foreach (var f in possible)
            {
                WriteFinding(md, f, l);
                TextPieces.WriteWhenLarge(md, writer);
            }
        }
        md.Append("## ").AppendLine(l.Articles).AppendLine();
        foreach (var a in digest.Articles)
        {
            WriteArticle(md, a, digest);
            TextPieces.WriteWhenLarge(md, writer);
        }
        TextPieces.Write(md, writer);
    }

    private static void WriteFinding(StringBuilder md, DigestFinding f, DigestLabels l)
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

    private static void WriteArticle(StringBuilder md, DigestArticle a, DigestModel digest)
    {
        var l = digest.Labels;
        var s = DigestSummaryLabels.For(digest.Language);
        if (a.OriginalTitle is { } original)
        {
            // The model wrote this title: it is untrusted text and must not become Markdown or HTML.
            md.Append("### ").AppendLine(Escape(a.Title));
            md.AppendLine();
            md.Append('_').Append(Escape(a.TitleNote)).Append(' ').Append(Escape(original)).AppendLine("_").AppendLine();
        }
        else
        {
            // Titles, sentences, names and sources come from web pages: as untrusted as generated text.
            md.Append("### ").AppendLine(Escape(a.Title));
            md.AppendLine();
            md.Append('_').Append(Escape(a.TitleNote)).AppendLine("_").AppendLine();
        }
        md.Append("- ").Append(l.Source).Append(": ").AppendLine(Escape(a.Source));
        md.Append("- ").Append(l.Date).Append(": ").AppendLine(a.Date);
        md.Append("- ").Append(l.Language).Append(": ").AppendLine(a.Language);
        if (a.Names.Count > 0)
        {
            md.Append("- ").Append(l.Names).Append(": ").AppendLine(Escape(string.Join("; ", a.Names)));
        }
        md.AppendLine();
        if (a.Notice is { } notice)
        {
            md.Append("**").Append(s.NoteLabel).Append(":** ").AppendLine(Escape(notice.Text)).AppendLine();
        }
        if (a.GeneratedText.Count > 0)
        {
            md.Append("**").Append(s.Heading).Append("** (_").Append(Escape(digest.SummaryMark)).AppendLine("_):").AppendLine();
            foreach (var paragraph in a.GeneratedText)
            {
                md.AppendLine(Escape(paragraph)).AppendLine();
            }
        }
        md.Append("**").Append(l.Summary).Append("** (").Append(l.Original).Append(", ").Append(a.Language).AppendLine("):").AppendLine();
        if (a.Sentences.Count == 0)
        {
            md.AppendLine(l.NoSentences);
        }
        foreach (var sentence in a.Sentences)
        {
            md.Append("> ").AppendLine(Escape(sentence.Replace("\n", " ", StringComparison.Ordinal))).AppendLine(">");
        }
        md.AppendLine();
        md.Append("**").Append(l.Claims).AppendLine("**:").AppendLine();
        if (a.Claims.Count == 0)
        {
            md.AppendLine(l.NoClaims);
        }
        foreach (var claim in a.Claims)
        {
            md.Append("- ").AppendLine(Escape(claim));
        }
        md.AppendLine();
    }

    /// <summary>
    /// Backslash-escapes the characters that would turn generated text into links, emphasis, code, headings, tables or
    /// raw HTML (<c>&lt;script&gt;</c> passes straight through most Markdown renderers). Renders as the same text.
    /// </summary>
    internal static string Escape(string text)
    {
        // Most texts have nothing to escape: they are returned as they are, not copied.
        if (text.AsSpan().IndexOfAny(Escaped) < 0)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create("\\`*_[]<>#|~");

    private static string Cell(string text) => Escape(text.Replace("\n", " ", StringComparison.Ordinal));
}
