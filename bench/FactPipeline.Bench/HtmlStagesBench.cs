using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using FactPipeline.Core.Claims;
using FactPipeline.Core.Extraction;
using FactPipeline.Core.Model;
using FactPipeline.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Bench;

/// <summary>
/// `stages aeb [ROUNDS]`: the AEB pages through the two per-article stages of a run, on one thread, in memory, round
/// after round: decode + extract (language included), then claims + story profile. The first round pays for the JIT;
/// the later ones show what a page costs once the code is compiled, which is what bounds a run on real HTML.
/// </summary>
internal static class HtmlStagesBench
{
    public static int Run(int rounds)
    {
        var aeb = ExtractionBench.FindShared("aeb");
        if (aeb is null)
        {
            Console.WriteLine("skipped: shared/benchmarks/extraction/aeb not found");
            return 0;
        }
        var documents = Directory.GetFiles(Path.Combine(aeb, "html"), "*.html.gz").Order(StringComparer.Ordinal)
            .Select(path => new SourceDocument(path, Decompress(path), "text/html"))
            .ToArray();
        using var services = new ServiceCollection().AddFactPipeline(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var extractor = services.GetRequiredService<IArticleExtractor>();
        var claims = services.GetRequiredService<IClaimExtractor>();
        var profiler = services.GetRequiredService<IStoryProfiler>();
        Console.WriteLine($"AEB pages: {documents.Length}, one thread, {rounds} rounds");
        for (var round = 1; round <= rounds; round++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            using var process = Process.GetCurrentProcess();
            var extractCpu = process.TotalProcessorTime;
            var extractWatch = Stopwatch.StartNew();
            var articles = documents.Select(d => extractor.Extract(d).Article).OfType<Article>()
                .Where(a => SupportedLanguages.Contains(a.Language)).ToArray();
            extractWatch.Stop();
            process.Refresh();
            var extractCpuMs = (process.TotalProcessorTime - extractCpu).TotalMilliseconds;
            var extractAllocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            var claimWatch = Stopwatch.StartNew();
            var count = articles.Sum(a => claims.ExtractWithStory(a, profiler).Claims.Count);
            claimWatch.Stop();
            var claimAllocated = GC.GetAllocatedBytesForCurrentThread() - allocated - extractAllocated;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: extract {extractWatch.Elapsed.TotalMilliseconds / documents.Length:F2} ms/page (CPU {extractCpuMs / documents.Length:F2} ms/page, {extractAllocated / 1048576.0:F0} MB), "
                + $"claims {claimWatch.Elapsed.TotalMilliseconds / Math.Max(1, articles.Length):F2} ms/article ({claimAllocated / 1048576.0:F0} MB); "
                + $"{articles.Length} articles, {count} claims"));
        }
        return 0;
    }

    private static byte[] Decompress(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }
}
