using System.Globalization;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;

namespace FactPipeline.Web;

/// <summary>
/// The queue's filters as the query string names them — <c>severity</c>, <c>status</c>, <c>subject</c>, <c>topic</c>,
/// <c>lang</c>, <c>outlet</c>, <c>from</c>, <c>to</c> (yyyy-MM-dd), <c>q</c> (text in the quotes), <c>p</c> (page) —
/// shared by the queue page, the API and the exports, so one bookmarked view means the same everywhere.
/// </summary>
public static class QueueFilters
{
    public static readonly IReadOnlyList<string> Names = ["severity", "status", "subject", "topic", "lang", "outlet", "from", "to", "q"];

    /// <summary>The query, or the message naming the parameter that is not understood.</summary>
    public static (FindingQueueQuery? Query, string? Error) Parse(IQueryCollection query, int pageSize = FindingQueueQuery.DefaultPageSize)
    {
        string? Get(string name) => query.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;

        Severity? severity = null;
        if (Get("severity") is { } severityText)
        {
            if (!Enum.TryParse<Severity>(severityText, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || parsed == Severity.Possible)
            {
                return (null, $"severity '{severityText}' is not one of conflict, minor, consistent");
            }
            severity = parsed;
        }
        ReviewStatus? status = null;
        if (Get("status") is { } statusText)
        {
            if (!ReviewStatuses.TryParse(statusText, out var parsed))
            {
                return (null, $"status '{statusText}' is not one of {string.Join(", ", ReviewStatuses.All.Select(s => s.Name()))}");
            }
            status = parsed;
        }
        var (from, fromError) = Day(Get("from"), "from");
        var (to, toError) = Day(Get("to"), "to");
        if ((fromError ?? toError) is { } dateError)
        {
            return (null, dateError);
        }
        var page = 1;
        if (Get("p") is { } pageText && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            return (null, $"p '{pageText}' is not a page number");
        }
        return (new FindingQueueQuery(severity, status, Get("subject"), Get("topic"), Get("lang"), Get("outlet"), from, to, Get("q"), page, pageSize).Normalised(), null);
    }

    private static (DateOnly? Day, string? Error) Day(string? text, string name) =>
        text is null ? (null, null)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? (day, null)
        : (null, $"{name} '{text}' is not a date (yyyy-MM-dd)");

    /// <summary>The query's filters as query-string values (no page), for links that keep them.</summary>
    public static Dictionary<string, string?> RouteValues(FindingQueueQuery q) => new()
    {
        ["severity"] = q.Severity?.ToString().ToLowerInvariant(),
        ["status"] = q.Status?.Name(),
        ["subject"] = q.Subject,
        ["topic"] = q.Topic,
        ["lang"] = q.Language,
        ["outlet"] = q.Outlet,
        ["from"] = q.SeenFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = q.SeenTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["q"] = q.Quote,
    };
}
