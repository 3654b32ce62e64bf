using FactPipeline.Core.Review;
using FactPipeline.Core.Review.Exports;
using Microsoft.Extensions.Options;

namespace FactPipeline.Web;

/// <summary>
/// The desk's machine-readable side, for signed-in users: the JSON API over the queue (<c>/api/findings</c>, same
/// filters as the queue page, <see cref="QueueFilters"/>) and the exports of the current filter, all pages
/// (<c>/export/findings.csv</c>, <c>/export/claimreview.jsonld</c>). The writers are Core's, shared with the CLI's <c>export</c>.
/// </summary>
public static class DeskEndpoints
{
    public static IEndpointRouteBuilder MapDeskEndpoints(this IEndpointRouteBuilder app)
    {
        // Anonymous calls under /api get 401, not the sign-in redirect (see DeskApp's cookie events).
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapGet("/findings", ListAsync);
        api.MapGet("/findings/{id}", FindAsync);

        var export = app.MapGroup("/export").RequireAuthorization();
        export.MapGet("/findings.csv", CsvAsync);
        export.MapGet("/claimreview.jsonld", ClaimReviewAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, IFindingQueue queue, FindingExporter exporter, CancellationToken cancellationToken)
    {
        var (query, error) = QueueFilters.Parse(request.Query);
        if (query is null)
        {
            return BadRequest(error);
        }
        var page = await queue.QueryAsync(query, cancellationToken);
        var details = await exporter.LoadAsync([.. page.Items.Select(i => i.Id)], cancellationToken);
        var counts = new ApiCounts(
            page.BySeverity.ToDictionary(c => c.Key.ToString().ToLowerInvariant(), c => c.Value),
            page.ByStatus.ToDictionary(c => c.Key.Name(), c => c.Value));
        return TypedResults.Json(
            new ApiFindingPage([.. details.Select(ApiFinding.Of)], page.Total, page.Query.Page, page.PageCount, page.Query.PageSize, counts),
            DeskApiJson.Default.ApiFindingPage);
    }

    private static async Task<IResult> FindAsync(string id, ReviewDesk desk, CancellationToken cancellationToken) =>
        await desk.FindRecordAsync(id, cancellationToken) is { } detail
            ? TypedResults.Json(ApiFinding.Of(detail), DeskApiJson.Default.ApiFinding)
            : TypedResults.Json(new ApiError($"no finding {id}"), DeskApiJson.Default.ApiError, statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> CsvAsync(HttpRequest request, FindingExporter exporter, CancellationToken cancellationToken)
    {
        var (query, error) = QueueFilters.Parse(request.Query);
        if (query is null)
        {
            return BadRequest(error);
        }
        var findings = await exporter.LoadAsync(query, cancellationToken);
        using var file = new MemoryStream();
        FindingCsvWriter.Write(file, findings);
        return TypedResults.File(file.ToArray(), "text/csv; charset=utf-8", "findings.csv");
    }

    private static async Task<IResult> ClaimReviewAsync(
        HttpRequest request, FindingExporter exporter, IOptions<OrganisationOptions> organisation, CancellationToken cancellationToken)
    {
        var (query, error) = QueueFilters.Parse(request.Query);
        if (query is null)
        {
            return BadRequest(error);
        }
        var findings = await exporter.LoadReviewableAsync(query, cancellationToken);
        using var file = new MemoryStream();
        ClaimReviewWriter.Write(file, findings, organisation.Value);
        return TypedResults.File(file.ToArray(), "application/ld+json", "claimreview.jsonld");
    }

    private static IResult BadRequest(string? error) =>
        TypedResults.Json(new ApiError(error ?? "bad query"), DeskApiJson.Default.ApiError, statusCode: StatusCodes.Status400BadRequest);
}
