using System.Globalization;

namespace FactPipeline.Core.Fetching.Web;

/// <summary>
/// A parsed robots.txt (RFC 9309): the group for our product token, or "*" when none names us; longest
/// matching rule wins, Allow wins a tie; <c>*</c> and <c>$</c> patterns; the non-standard Crawl-delay.
/// </summary>
public sealed class RobotsTxt
{
    public static readonly RobotsTxt AllowAll = new([], null);
    public static readonly RobotsTxt DisallowAll = new([new Rule("/", Allow: false)], null);

    private readonly IReadOnlyList<Rule> _rules;

    private RobotsTxt(IReadOnlyList<Rule> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    public TimeSpan? CrawlDelay { get; }

    public static RobotsTxt Parse(string text, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(text);
        var token = ProductToken(userAgent);
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                // Consecutive user-agent lines share one group.
                if (current is null || !lastWasAgent)
                {
                    current = new Group();
                    groups.Add(current);
                }
                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null)
            {
                continue;
            }
            switch (key)
            {
                case "allow" when value.Length > 0:
                    current.Rules.Add(new Rule(value, Allow: true));
                    break;
                case "disallow" when value.Length > 0:
                    current.Rules.Add(new Rule(value, Allow: false));
                    break;
                case "crawl-delay" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
                    current.CrawlDelay = TimeSpan.FromSeconds(Math.Min(seconds, 86_400));
                    break;
            }
        }
        var mine = groups.Where(g => g.Agents.Contains(token)).ToList();
        if (mine.Count == 0)
        {
            mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        }
        return new RobotsTxt(mine.SelectMany(g => g.Rules).ToArray(), mine.Select(g => g.CrawlDelay).FirstOrDefault(d => d is not null));
    }

    /// <summary>True when the path (with query) of <paramref name="url"/> may be fetched.</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.PathAndQuery;
        if (path == "/robots.txt")
        {
            return true;
        }
        Rule? best = null;
        var bestLength = -1;
        foreach (var rule in _rules)
        {
            if (Matches(rule.Pattern, path)
                && (rule.Pattern.Length > bestLength || (rule.Pattern.Length == bestLength && rule.Allow)))
            {
                best = rule;
                bestLength = rule.Pattern.Length;
            }
        }
        return best?.Allow ?? true;
    }

    /// <summary>"FactPipeline/1.0 (+https://...)" → "factpipeline".</summary>
    internal static string ProductToken(string userAgent)
    {
        var end = userAgent.IndexOfAny(['/', ' ', '(']);
        return (end < 0 ? userAgent : userAgent[..end]).Trim().ToLowerInvariant();
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        return Match(body.AsSpan(), path.AsSpan(), anchored);
    }

    private static bool Match(ReadOnlySpan<char> pattern, ReadOnlySpan<char> path, bool anchored)
    {
        var star = pattern.IndexOf('*');
        if (star < 0)
        {
            return anchored ? path.SequenceEqual(pattern) : path.StartsWith(pattern, StringComparison.Ordinal);
        }
        if (!path.StartsWith(pattern[..star], StringComparison.Ordinal))
        {
            return false;
        }
        var rest = pattern[(star + 1)..];
        for (var i = star; i <= path.Length; i++)
        {
            if (Match(rest, path[i..], anchored))
            {
                return true;
            }
        }
        return false;
    }

    private sealed record Rule(string Pattern, bool Allow);

    private sealed class Group
    {
        public HashSet<string> Agents { get; } = [];

        public List<Rule> Rules { get; } = [];

        public TimeSpan? CrawlDelay { get; set; }
    }
}
