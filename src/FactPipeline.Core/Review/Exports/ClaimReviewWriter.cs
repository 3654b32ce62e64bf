using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactPipeline.Core.Review.Exports;

/// <summary>
/// The desk's verdicts as schema.org <c>ClaimReview</c>s (JSON-LD): a JSON array, one review per finding whose status is
/// <c>confirmed</c> or <c>source-error</c> (<see cref="FindingExporter.Reviewable"/>); other findings are skipped.
/// The shape, and the one property schema.org has no word for (<see cref="FiguresProperty"/>), are in
/// docs/EXPORTS.md.
/// </summary>
/// <remarks>Written with <see cref="Utf8JsonWriter"/>, no reflection: the Native AOT CLI writes it too.</remarks>
public static class ClaimReviewWriter
{
    /// <summary>Our prefix: a URN, so the extension's IRIs ("urn:factpipeline:figures") name no web address we do not serve.</summary>
    public const string Prefix = "factpipeline";

    public const string PrefixIri = "urn:factpipeline:";

    /// <summary>The figures each source states, as schema.org <c>PropertyValue</c>s (name: outlet, value: the figure as written).</summary>
    public const string FiguresProperty = Prefix + ":figures";

    private static readonly JsonWriterOptions Json = new()
    {
        Indented = true,
        // Korean and Indonesian stay readable; the file is served as application/ld+json, never inside HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream output, IReadOnlyList<FindingDetail> findings, OrganisationOptions organisation)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(organisation);
        using var json = new Utf8JsonWriter(output, Json);
        json.WriteStartArray();
        foreach (var detail in findings.Where(d => FindingExporter.Reviewable.Contains(d.Finding.Status)))
        {
            WriteReview(json, detail, organisation);
        }
        json.WriteEndArray();
    }

    private static void WriteReview(Utf8JsonWriter json, FindingDetail detail, OrganisationOptions organisation)
    {
        var finding = detail.Finding;
        // The decision that gave the finding its status: the newest one with that status.
        var decision = FindingDecisions.Of(detail).LastOrDefault(e => e.Status == finding.Status);
        json.WriteStartObject();
        json.WriteStartArray("@context");
        json.WriteStringValue("https://schema.org");
        json.WriteStartObject();
        json.WriteString(Prefix, PrefixIri);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteString("@type", "ClaimReview");
        json.WriteString("url", organisation.FindingUrl(finding.Id));
        json.WriteString("claimReviewed", ClaimText(finding));
        json.WriteString("datePublished", Day(decision?.At ?? finding.UpdatedAt));
        json.WriteStartObject("author");
        json.WriteString("@type", "Organization");
        json.WriteString("name", organisation.Name);
        json.WriteString("url", organisation.Url);
        json.WriteEndObject();
        WriteClaim(json, detail);
        json.WriteStartObject("reviewRating");
        json.WriteString("@type", "Rating");
        json.WriteString("alternateName", RatingText(detail, decision));
        json.WriteEndObject();
        WriteFigures(json, finding);
        json.WriteEndObject();
    }

    /// <summary>The claim: what the sources state, one appearance per source that is a web page.</summary>
    private static void WriteClaim(Utf8JsonWriter json, FindingDetail detail)
    {
        json.WriteStartObject("itemReviewed");
        json.WriteString("@type", "Claim");
        json.WriteStartArray("appearance");
        foreach (var figure in detail.Finding.Figures.Where(f => Outlet.IsWebLink(f.Source)).DistinctBy(f => f.Source, StringComparer.Ordinal))
        {
            var evidence = detail.Evidence.FirstOrDefault(e => e.Figure.Source == figure.Source);
            json.WriteStartObject();
            json.WriteString("@type", "CreativeWork");
            json.WriteString("url", figure.Source);
            if (evidence?.Title is { Length: > 0 } title)
            {
                json.WriteString("headline", title);
            }
            if (evidence?.PublishedAt is { } published)
            {
                json.WriteString("datePublished", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            json.WriteString("inLanguage", figure.Language);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFigures(Utf8JsonWriter json, TrackedFinding finding)
    {
        json.WriteStartArray(FiguresProperty);
        foreach (var figure in finding.Figures)
        {
            json.WriteStartObject();
            json.WriteString("@type", "PropertyValue");
            json.WriteString("name", Outlet.Of(figure.Source));
            json.WriteString("value", figure.ValueText);
            if (Outlet.IsWebLink(figure.Source))
            {
                json.WriteString("url", figure.Source);
            }
            json.WriteString("description", figure.Quote);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>"budget (KRW): kompas.com: 10,4 triliun won; chosun.com: 12조 원": the figures as the sources state them.</summary>
    public static string ClaimText(TrackedFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return $"{finding.Topic}: {string.Join("; ", finding.Figures.Select(FindingDecisions.Describe))}";
    }

    /// <summary>The verdict in words: "Conflicting figures", or which source is wrong and what the primary source says.</summary>
    public static string RatingText(FindingDetail detail, FindingEvent? decision)
    {
        ArgumentNullException.ThrowIfNull(detail);
        if (detail.Finding.Status != ReviewStatus.SourceError)
        {
            return "Conflicting figures";
        }
        var wrong = decision is null ? null : FindingDecisions.WrongFigure(detail, decision);
        var says = wrong is null ? "Source error" : $"Source error: {Outlet.Of(wrong.Source)} says {wrong.ValueText}";
        return decision?.SourceError?.CorrectFigure is { } correct ? $"{says}, primary source says {correct}" : says;
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
