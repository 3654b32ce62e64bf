using System.Net;
using System.Text;

namespace FactPipeline.Core.Runs.Nightly;

/// <summary>
/// The section in HTML, put at the top of the body of the run's HTML digest. Every text is HTML-encoded: topics,
/// outlets and failure reasons come from the articles and pages read, which may carry markup.
/// </summary>
internal static class SinceLastNightHtml
{
    /// <summary>The section's few rules, added to the digest's head; the severity colours are the digest's own.</summary>
    internal const string Style =
        "<style>.nightly{border-bottom:2px solid #ccc;margin-bottom:2rem;}.correction{background:#e3ecff;color:#1d4f91;}.other{background:#eee;color:#555;}</style>";

    public static string Write(SinceLastNight section)
    {
        var l = section.Labels;
        var h = new StringBuilder();
        h.Append("<section class=\"nightly\" lang=\"").Append(l.Language).AppendLine("\">");
        h.Append("<h2>").Append(E(l.Heading)).AppendLine("</h2>");
        h.Append("<p>").Append(E(section.Intro)).AppendLine("</p>");
        h.Append("<p><strong>").Append(E(section.Summary)).AppendLine("</strong></p>");
        foreach (var group in section.Groups)
        {
            h.Append("<h3>").Append(E(group.Heading)).AppendLine("</h3>");
            h.AppendLine("<ul>");
            foreach (var e in group.Entries)
            {
                h.Append("<li><span class=\"sev ").Append(e.SeverityClass).Append("\">").Append(E(e.Severity)).Append("</span> ")
                    .Append("<strong>").Append(E(e.Topic)).Append("</strong>");
                if (e.Outlets.Length > 0)
                {
                    h.Append(" — ").Append(E(l.Outlets)).Append(": ").Append(E(e.Outlets));
                }
                if (e.Changes.Length > 0)
                {
                    h.Append(" — ").Append(E(e.Changes));
                }
                h.Append(" — <a href=\"").Append(E(e.Url)).Append("\">").Append(E(l.OnTheDesk)).AppendLine("</a></li>");
            }
            h.AppendLine("</ul>");
        }
        h.Append("<h3>").Append(E(l.ThisRun)).AppendLine("</h3>");
        h.Append("<p>").Append(E(section.Totals)).AppendLine("</p>");
        if (section.Error is { } error)
        {
            h.Append("<p><strong>").Append(E(l.RunError)).Append(":</strong> ").Append(E(error)).AppendLine("</p>");
        }
        h.Append("<h3>").Append(E(l.FailedSources)).AppendLine("</h3>");
        if (section.FailedSources.Count == 0)
        {
            h.Append("<p>").Append(E(l.NoFailedSources)).AppendLine("</p>");
        }
        else
        {
            h.AppendLine("<ul>");
            foreach (var source in section.FailedSources)
            {
                h.Append("<li>").Append(E(source.Line));
                var reasons = source.Reasons.Concat(source.More is { } more ? [more] : []).ToArray();
                if (reasons.Length > 0)
                {
                    h.Append("<ul>");
                    foreach (var reason in reasons)
                    {
                        h.Append("<li>").Append(E(reason)).Append("</li>");
                    }
                    h.Append("</ul>");
                }
                h.AppendLine("</li>");
            }
            h.AppendLine("</ul>");
        }
        h.AppendLine("</section>");
        return h.ToString();
    }

    /// <summary>
    /// The run's digest with the section first in its body and its style in its head. A page without those tags (not
    /// one <c>DigestHtml</c> wrote) gets the section in front of it, still readable.
    /// </summary>
    public static string Insert(SinceLastNight section, string digest)
    {
        var html = Write(section);
        var head = digest.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (head >= 0)
        {
            digest = digest.Insert(head, Style + Environment.NewLine);
        }
        var body = digest.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var bodyEnd = body < 0 ? -1 : digest.IndexOf('>', body);
        return bodyEnd < 0
            ? Style + Environment.NewLine + html + digest
            : digest.Insert(bodyEnd + 1, Environment.NewLine + html);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
