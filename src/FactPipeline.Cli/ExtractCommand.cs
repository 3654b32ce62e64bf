using System.CommandLine;
using System.Text;
using FactPipeline.Core.Extraction;
using FactPipeline.Core.Fetching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FactPipeline.Cli;

/// <summary>
/// <c>extract &lt;files|dirs|urls…&gt; [--format jsonl|json|text|markdown] [--out FILE] [--allow-private-network]</c>:
/// the extraction stage alone, like trafilatura's command line. Inputs are read as <c>run</c> reads them (the same
/// fetcher, politeness and SSRF rules; a feed or sitemap gives its articles) but nothing is stored, and every page is
/// fetched in full (no conditional GET: there is no stored copy to reuse).
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(CliSession session)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files (.html, .txt), directories holding them, article URLs, RSS/Atom feeds or sitemaps.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "jsonl (one JSON object per input, the default), json (one array), text (the text alone) or markdown.",
            DefaultValueFactory = _ => "jsonl",
        };
        var output = new Option<string?>("--out") { Description = "The file to write (replaced if it exists); default: standard output." };
        var allowPrivate = CliInputs.AllowPrivateNetworkOption();
        var command = new Command("extract", "Extract each input's article text and metadata (title, author, dates, language, site), without storing anything.")
        {
            inputs, format, output, allowPrivate,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            session, parse.GetValue(inputs) ?? [], parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(allowPrivate), cancellationToken));
        return command;
    }

    /// <summary>Exit codes: 0 every input extracted; 1 some inputs gave a problem (in their records); 2 a usage or settings error, in one line on stderr.</summary>
    private static async Task<int> RunAsync(
        CliSession session, string[] inputs, string format, string? output, bool allowPrivate, CancellationToken cancellationToken)
    {
        var kind = format.Trim().ToLowerInvariant();
        if (!ExtractRecordWriter.Formats.Contains(kind))
        {
            await session.Error.WriteLineAsync($"error: --format '{format}' is not one of {string.Join(", ", ExtractRecordWriter.Formats)}");
            return 2;
        }
        var overrides = new Dictionary<string, string?>();
        CliInputs.AllowPrivateNetwork(allowPrivate, overrides);
        StreamWriter? file;
        try
        {
            file = output is null ? null : new StreamWriter(Path.GetFullPath(output, session.WorkingDirectory), append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await session.Error.WriteLineAsync($"error: --out '{output}': {e.Message}");
            return 2;
        }
        await using var _ = file;
        return await CommandErrors.ReportAsync(session.Error, async () =>
        {
            using var host = AppHost.Build(overrides, session, configure: (services, _) =>
                services.Replace(ServiceDescriptor.Singleton<IFetchStateStore, NoFetchStateStore>()));
            await host.StartAsync(cancellationToken); // runs ValidateOnStart: bad settings fail here, before any fetch
            var source = host.Services.GetRequiredService<IDocumentSource>();
            var extractor = host.Services.GetRequiredService<IArticleExtractor>();
            var writer = new ExtractRecordWriter(file ?? session.Out, kind);
            var problems = 0;
            await writer.StartAsync();
            await foreach (var result in source.ReadAsync(CliInputs.Resolve(inputs, session), cancellationToken))
            {
                var extracted = result.Document is { } document ? extractor.Extract(document) : new ExtractionResult(null, result.Problem);
                var record = extracted.Article is { } article ? ExtractRecord.Of(article) : ExtractRecord.Failed(extracted.Problem!);
                problems += record.Problem is null ? 0 : 1;
                await writer.WriteAsync(record);
            }
            await writer.EndAsync();
            await host.StopAsync(cancellationToken);
            return problems == 0 ? 0 : 1;
        });
    }
}
