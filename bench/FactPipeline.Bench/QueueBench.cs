using System.Diagnostics;
using System.Globalization;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Bench;

/// <summary>
/// <c>queue [N]</c>: the review desk's queue over a store of N findings (100,000 by default), as issue 11 asks:
/// the server time of one page, measured on the query the page runs (<see cref="IFindingQueue"/>), for the views an
/// editor opens. The findings are synthetic rows (severities, topics and gaps spread like a large run's).
/// </summary>
internal static class QueueBench
{
    private static readonly string[] Topics =
        ["budget (KRW)", "budget (USD)", "deaths (count)", "vehicle-sales (%)", "investment (VND)", "population (count)", "growth (%)", "exports (CNY)"];

    public static async Task<int> Run(int findings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "factpipeline-queue-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var database = Path.Combine(folder, "queue.db");
            await using var services = BenchServices.OverDatabase(database);
            await services.GetRequiredService<IFactStore>().InitializeAsync();
            var fill = Stopwatch.StartNew();
            await FillAsync(database, findings);
            Console.WriteLine($"store: {findings:N0} findings written in {fill.Elapsed.TotalSeconds:F1} s, {new FileInfo(database).Length / 1e6:F1} MB");
            var queue = services.GetRequiredService<IFindingQueue>();
            Console.WriteLine("| view | rows | median ms | p95 ms |");
            Console.WriteLine("|---|---|---|---|");
            foreach (var (name, query) in new (string, FindingQueueQuery)[]
            {
                ("flagged, page 1", new()),
                ("conflicts, page 1", new(Severity.Conflict)),
                ("topic \"budget\", page 1", new(Text: "budget")),
                ("flagged, page 1,000", new(Page: 1_000)),
                ("possible matches, page 1", new(Severity.Possible)),
            })
            {
                await queue.QueryAsync(query); // first use: connection, statement caches
                var times = new List<double>();
                FindingQueuePage? page = null;
                for (var round = 0; round < 20; round++)
                {
                    var watch = Stopwatch.StartNew();
                    page = await queue.QueryAsync(query);
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {page!.Items.Count} of {page.Total:N0} | {times[times.Count / 2]:F1} | {times[(int)(times.Count * 0.95) - 1]:F1} |"));
            }
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Rows straight into the findings table, in one transaction (the queue reads only that table).</summary>
    private static async Task FillAsync(string database, int findings)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO findings (id, severity, reason, topic, concept, claim_ids_json, difference_percent, explanation_en, explanation_ko)
            VALUES ($id, $severity, 'Disjoint', $topic, NULL, '["a","b"]', $gap, $en, $ko)
            """;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var severity = command.Parameters.Add("$severity", SqliteType.Text);
        var topic = command.Parameters.Add("$topic", SqliteType.Text);
        var gap = command.Parameters.Add("$gap", SqliteType.Text);
        var en = command.Parameters.Add("$en", SqliteType.Text);
        var ko = command.Parameters.Add("$ko", SqliteType.Text);
        var random = new Random(11);
        for (var k = 0; k < findings; k++)
        {
            // A large run's mix: mostly consistent and possible, a few percent conflicts.
            var draw = random.Next(100);
            severity.Value = draw < 5 ? "Conflict" : draw < 15 ? "Minor" : draw < 60 ? "Consistent" : "Possible";
            id.Value = k.ToString("x16", CultureInfo.InvariantCulture);
            topic.Value = Topics[random.Next(Topics.Length)];
            gap.Value = (random.NextDouble() * 500).ToString("0.##", CultureInfo.InvariantCulture);
            en.Value = $"Two sources give different figures for finding {k}.";
            ko.Value = $"두 출처가 발견 {k}에 대해 다른 수치를 제시합니다.";
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }
}
