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
/// editor opens, every filter alone and all at once. The tracked findings are synthetic (severities, statuses, topics,
/// outlets, languages and gaps spread like a large store's), written through the review store.
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
            await FillAsync(services.GetRequiredService<IReviewStore>(), findings);
            Console.WriteLine($"store: {findings:N0} findings written in {fill.Elapsed.TotalSeconds:F1} s, {new FileInfo(database).Length / 1e6:F1} MB");
            var queue = services.GetRequiredService<IFindingQueue>();
            Console.WriteLine("| view | rows | median ms | p95 ms |");
            Console.WriteLine("|---|---|---|---|");
            foreach (var (name, query) in new (string, FindingQueueQuery)[]
            {
                ("queue, page 1", new()),
                ("conflicts, page 1", new(Severity.Conflict)),
                ("status open, page 1", new(Status: ReviewStatus.Open)),
                ("topic \"budget\", page 1", new(Topic: "budget")),
                ("subject \"korea\" + language ko", new(Subject: "korea", Language: "ko")),
                ("outlet yna.co.kr + first seen in March", new(Outlet: "yna.co.kr", SeenFrom: new DateOnly(2026, 3, 1), SeenTo: new DateOnly(2026, 3, 31))),
                ("quotes contain \"program 4242\"", new(Quote: "program 4242 ")),
                ("quotes contain \"99\" (short: no index)", new(Quote: "99")),
                ("everything at once", new(Severity.Conflict, ReviewStatus.Open, "seoul", "budget", "id", "kompas.com", new DateOnly(2026, 2, 1), new DateOnly(2026, 12, 31), "triliun")),
                ("queue, page 1,000", new(Page: 1_000)),
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
            // FACTPIPELINE_BENCH_KEEP=1 keeps the store, to look at its query plans with sqlite3.
            if (Environment.GetEnvironmentVariable("FACTPIPELINE_BENCH_KEEP") == "1")
            {
                Console.WriteLine($"kept {folder}");
            }
            else
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static readonly string[] Outlets = ["kompas.com", "detik.com", "yna.co.kr", "vnexpress.net", "xinhuanet.com", "reuters.com"];

    private static readonly string[] Languages = ["id", "en", "ko", "vi", "zh"];

    private static readonly string[] Subjects = ["Korea", "China", "Vietnam", "Jakarta", "Seoul", "Hanoi", "Samsung", "VinFast"];

    /// <summary>
    /// Tracked findings written through the review store itself (its upserts, anchors and trigram index), in batches of
    /// 10,000: a store the size of a year of nightly runs.
    /// </summary>
    private static async Task FillAsync(IReviewStore store, int findings)
    {
        var random = new Random(11);
        var start = new DateTimeOffset(2026, 1, 1, 2, 0, 0, TimeSpan.Zero);
        var batch = new List<TrackedFinding>();
        var statuses = ReviewStatuses.All;
        for (var k = 0; k < findings; k++)
        {
            // A large run's mix: mostly consistent, a few percent conflicts; most decided, a tenth open.
            var draw = random.Next(100);
            var severity = draw < 8 ? Severity.Conflict : draw < 25 ? Severity.Minor : Severity.Consistent;
            var status = random.Next(10) == 0 ? ReviewStatus.Open : statuses[random.Next(statuses.Count)];
            var seen = start.AddMinutes(k * 5);
            var subject = Subjects[random.Next(Subjects.Length)];
            var figures = Enumerable.Range(0, 2).Select(j =>
            {
                var outlet = Outlets[random.Next(Outlets.Length)];
                var value = $"{random.Next(1, 999)},{random.Next(10)} triliun";
                var quote = $"Anggaran {subject} untuk program {k} mencapai {value} menurut laporan {j}.";
                return new TrackedFigure($"https://{outlet}/news/{k}/{j}", $"a{k}-{j}", $"c{k}-{j}", 100, value, 1m, "IDR",
                    Languages[random.Next(Languages.Length)], FindingAnchors.ShapeOf(quote), quote, 60);
            }).ToArray();
            batch.Add(new TrackedFinding(k.ToString("x16", CultureInfo.InvariantCulture), k.ToString("x16", CultureInfo.InvariantCulture),
                severity, Topics[random.Next(Topics.Length)], (decimal)Math.Round(random.NextDouble() * 500, 2), status, random.Next(20) != 0,
                "run", seen, seen, figures) { Subjects = [subject] });
            if (batch.Count == 10_000 || k == findings - 1)
            {
                await store.ApplyAsync(new TrackingPlan(batch, []));
                batch.Clear();
            }
        }
    }
}
