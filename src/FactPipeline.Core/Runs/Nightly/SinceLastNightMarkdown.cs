using System.Text;
using FactPipeline.Core.Summaries.Digest;

namespace FactPipeline.Core.Runs.Nightly;

/// <summary>The section in Markdown, put on top of the run's Markdown digest. Every text from articles is escaped.</summary>
internal static class SinceLastNightMarkdown
{
    public static string Write(SinceLastNight section)
    {
        var l = section.Labels;
        var md = new StringBuilder();
        md.Append("## ").AppendLine(l.Heading).AppendLine();
        md.AppendLine(E(section.Intro)).AppendLine();
        md.AppendLine(E(section.Summary)).AppendLine();
        foreach (var group in section.Groups)
        {
            md.Append("### ").AppendLine(group.Heading).AppendLine();
            foreach (var e in group.Entries)
            {
                md.Append("- **").Append(E(e.Severity)).Append("** ").Append(E(e.Topic));
                if (e.Outlets.Length > 0)
                {
                    md.Append(" — ").Append(l.Outlets).Append(": ").Append(E(e.Outlets));
                }
                if (e.Changes.Length > 0)
                {
                    md.Append(" — ").Append(E(e.Changes));
                }
                // Angle brackets keep a URL with parentheses in one link.
                md.Append(" — [").Append(l.OnTheDesk).Append("](<").Append(e.Url).AppendLine(">)");
            }
            md.AppendLine();
        }
        md.Append("### ").AppendLine(l.ThisRun).AppendLine();
        md.AppendLine(E(section.Totals)).AppendLine();
        if (section.Error is { } error)
        {
            md.Append("**").Append(l.RunError).Append(":** ").AppendLine(E(error)).AppendLine();
        }
        md.Append("### ").AppendLine(l.FailedSources).AppendLine();
        if (section.FailedSources.Count == 0)
        {
            md.AppendLine(l.NoFailedSources).AppendLine();
        }
        foreach (var source in section.FailedSources)
        {
            md.Append("- ").AppendLine(E(source.Line));
            foreach (var reason in source.Reasons)
            {
                md.Append("  - ").AppendLine(E(reason));
            }
            if (source.More is { } more)
            {
                md.Append("  - ").AppendLine(E(more));
            }
        }
        if (section.FailedSources.Count > 0)
        {
            md.AppendLine();
        }
        return md.ToString();
    }

    /// <summary>The run's digest under the section, a rule between them.</summary>
    public static string Prepend(SinceLastNight section, string digest) =>
        Write(section) + "---" + Environment.NewLine + Environment.NewLine + digest;

    private static string E(string text) => DigestMarkdown.Escape(text);
}
