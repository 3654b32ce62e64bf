using System.CommandLine;
using FactPipeline.Core.Review;
using FactPipeline.Core.Review.Exports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactPipeline.Cli;

/// <summary>
/// <c>export --format csv|claimreview [--status STATUS ...] [--db PATH] --out FILE</c>: the desk's exports without the
/// desk, written by the same Core writers as <c>/export/findings.csv</c> and <c>/export/claimreview.jsonld</c>.
/// </summary>
internal static class ExportCommand
{
    public static readonly IReadOnlyList<string> Formats = ["csv", "claimreview"];

    public static Command Create(CliSession session)
    {
        var format = new Option<string>("--format") { Description = "csv (every finding, one row each) or claimreview (schema.org JSON-LD of confirmed and source-error findings).", Required = true };
        var statuses = new Option<string[]>("--status")
        {
            Description = "Only findings with this review status (open, confirmed, source-error, ...); repeat for several. Default: the queue's findings (csv), confirmed and source-error (claimreview).",
            AllowMultipleArgumentsPerToken = true,
        };
        var database = new Option<string?>("--db") { Description = "SQLite database file (default: Storage:DatabasePath)." };
        var output = new Option<string>("--out") { Description = "The file to write (replaced if it exists).", Required = true };
        var command = new Command("export", "Export the review desk's findings as CSV or as schema.org ClaimReview (JSON-LD).") { format, statuses, database, output };
        command.SetAction((parse, cancellationToken) => RunAsync(
            session, parse.GetValue(format)!, parse.GetValue(statuses) ?? [], parse.GetValue(database), parse.GetValue(output)!, cancellationToken));
        return command;
    }

    /// <summary>Exit codes: 0 written; 2 a format, status, file, settings or storage error, named in one line on stderr.</summary>
    private static async Task<int> RunAsync(
        CliSession session, string format, string[] statusNames, string? database, string output, CancellationToken cancellationToken)
    {
        var kind = format.Trim().ToLowerInvariant();
        if (!Formats.Contains(kind))
        {
            return await FailAsync(session, $"--format '{format}' is not one of {string.Join(", ", Formats)}");
        }
        var statuses = new List<ReviewStatus>();
        foreach (var name in statusNames)
        {
            if (!ReviewStatuses.TryParse(name, out var status))
            {
                return await FailAsync(session, $"--status '{name}' is not one of {string.Join(", ", ReviewStatuses.All.Select(s => s.Name()))}");
            }
            if (kind == "claimreview" && !FindingExporter.Reviewable.Contains(status))
            {
                return await FailAsync(session, $"--status '{name}': claimreview publishes only {string.Join(" and ", FindingExporter.Reviewable.Select(s => s.Name()))} findings");
            }
            statuses.Add(status);
        }
        var overrides = new Dictionary<string, string?>();
        if (database is not null)
        {
            overrides["Storage:DatabasePath"] = Path.GetFullPath(database, session.WorkingDirectory);
        }
        var path = Path.GetFullPath(output, session.WorkingDirectory);
        return await CommandErrors.ReportAsync(session.Error, async () =>
        {
            using var host = AppHost.Build(overrides, session);
            await host.StartAsync(cancellationToken);
            var exporter = host.Services.GetRequiredService<FindingExporter>();
            var query = new FindingQueueQuery();
            var findings = kind == "csv"
                ? await exporter.LoadAsync(query, statuses, cancellationToken)
                : await exporter.LoadAsync(query, statuses.Count == 0 ? FindingExporter.Reviewable : statuses, cancellationToken);
            var organisation = host.Services.GetRequiredService<IOptions<OrganisationOptions>>().Value;
            await host.StopAsync(cancellationToken);
            try
            {
                await using var file = File.Create(path);
                if (kind == "csv")
                {
                    FindingCsvWriter.Write(file, findings);
                }
                else
                {
                    ClaimReviewWriter.Write(file, findings, organisation);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return await FailAsync(session, $"cannot write {path}: {e.Message}");
            }
            await session.Out.WriteLineAsync($"wrote {findings.Count} findings to {path}");
            return 0;
        });
    }

    private static async Task<int> FailAsync(CliSession session, string message)
    {
        await session.Error.WriteLineAsync($"error: {message}");
        return 2;
    }
}
