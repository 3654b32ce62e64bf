using System.Globalization;
using System.Text;
using MimeKit;
using MimeKit.Text;

namespace FactPipeline.Core.Runs.Nightly;

/// <summary>
/// A night's digest as one message: multipart/alternative with both Markdown digests (English, then Korean) as the
/// plain text and both HTML digests in one page as the HTML, all UTF-8. One message, not one per language: the desk
/// reads both, and a reader's client shows the richest part it can.
/// </summary>
internal static class NightlyMail
{
    /// <summary>"FactPipeline nightly 2026-12-02: 2 new, 1 resolved, 1 correction": what changed, zero counts left out.</summary>
    public static string Subject(NightlyDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var c = digest.Counts;
        var parts = new List<string>();
        if (digest.FirstRun)
        {
            parts.Add("first run");
        }
        void Add(int count, string singular, string plural)
        {
            if (count > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}"));
            }
        }
        Add(c.New, "new", "new");
        Add(c.Resolved, "resolved", "resolved");
        Add(c.Changed, "changed", "changed");
        Add(c.Reopened, "reopened", "reopened");
        Add(c.Corrections, "correction", "corrections");
        if (c.Total == 0)
        {
            parts.Add("no changes");
        }
        return string.Create(CultureInfo.InvariantCulture, $"FactPipeline nightly {digest.Night:yyyy-MM-dd}: {string.Join(", ", parts)}");
    }

    public static MimeMessage Build(NightlyDigest digest, MailboxAddress from, IReadOnlyList<MailboxAddress> to, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var message = new MimeMessage { Subject = Subject(digest), Date = date };
        message.From.Add(from);
        message.To.AddRange(to);
        var plain = new TextPart(TextFormat.Plain);
        plain.SetText(Encoding.UTF8, digest.EnglishMarkdown + "\n\n---\n\n" + digest.KoreanMarkdown);
        var html = new TextPart(TextFormat.Html);
        html.SetText(Encoding.UTF8, CombineHtml(digest.EnglishHtml, digest.KoreanHtml));
        // Plain first: in multipart/alternative the last part a client can show is the one it shows.
        message.Body = new MultipartAlternative { plain, html };
        return message;
    }

    /// <summary>
    /// The English page with the Korean page's body after its own, under a rule and marked <c>lang="ko"</c> (for
    /// fonts and screen readers). Both pages come from the same template, so the English head's style serves both.
    /// </summary>
    internal static string CombineHtml(string english, string korean)
    {
        var koreanBody = Body(korean);
        var end = english.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var insert = "<hr>\n<div lang=\"ko\">\n" + koreanBody + "</div>\n";
        return end < 0 ? english + insert : english.Insert(end, insert);
    }

    private static string Body(string page)
    {
        var open = page.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var start = open < 0 ? -1 : page.IndexOf('>', open);
        var end = page.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return start < 0 || end < start ? page : page[(start + 1)..end];
    }
}
