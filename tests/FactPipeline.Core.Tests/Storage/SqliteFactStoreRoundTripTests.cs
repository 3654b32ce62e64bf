using System.Text.Json;
using FactPipeline.Core.Claims;
using FactPipeline.Core.Extraction;
using FactPipeline.Core.Fetching;
using FactPipeline.Core.Model;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using FactPipeline.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace FactPipeline.Core.Tests.Storage;

/// <summary>
/// A run cross-checks the articles and claims it loads back from the store, while the evaluation (and every unit test
/// of the cross-check) reads them as the extractor made them: whatever the store drops, the run silently loses. These
/// tests hold the round trip to every property, on the project's own sample articles and a fixture whose airport
/// traffic makes a facility the subject (a property the store once dropped).
/// </summary>
public sealed class SqliteFactStoreRoundTripTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions Everything = new() { WriteIndented = true };
    private readonly TempDirectory _temp = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task SaveAndLoad_SampleArticlesAndClaims_KeepEveryProperty()
    {
        var services = new ServiceCollection().AddFactPipeline(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var extractor = services.GetRequiredService<IArticleExtractor>();
        var claimExtractor = services.GetRequiredService<IClaimExtractor>();
        var store = new SqliteFactStore(Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = _temp.File("facts.db") }));
        await store.InitializeAsync(Ct);
        var run = await store.StartRunAsync([RepoPaths.Samples], Now, Ct);
        var saved = new List<(Article Article, IReadOnlyList<Claim> Claims)>();
        var inputs = Directory.EnumerateFiles(RepoPaths.Samples, "*.*", SearchOption.AllDirectories).Where(p => !p.EndsWith(".md", StringComparison.Ordinal))
            .Append(Path.Combine(AppContext.BaseDirectory, "Fixtures", "roundtrip", "airport-traffic.txt"));
        foreach (var path in inputs)
        {
            var article = extractor.Extract(new SourceDocument(path, await File.ReadAllBytesAsync(path, Ct), LocalFileSource.MediaTypeFor(path))).Article.ShouldNotBeNull();
            var claims = claimExtractor.Extract(article);
            await store.SaveArticleAsync(run.Id, article, claims, RulesVersion.Current, Ct);
            saved.Add((article, claims));
        }
        saved.Sum(s => s.Claims.Count).ShouldBeGreaterThan(20, "the samples should give the round trip real claims to carry");
        saved.SelectMany(s => s.Claims).ShouldContain(c => c.SubjectIsFacility, "the fixture's airport traffic should have a facility as its subject");

        var articles = (await store.LoadRunArticlesAsync(run.Id, Ct)).ToDictionary(a => a.Id);
        var claimsById = (await store.LoadClaimsAsync(articles.Keys.ToArray(), Ct)).ToDictionary(c => c.Id);

        foreach (var (article, claims) in saved)
        {
            Json(articles[article.Id]).ShouldBe(Json(article), $"article {article.Source}");
            foreach (var claim in claims)
            {
                Json(claimsById[claim.Id]).ShouldBe(Json(claim), $"claim {claim.Id} \"{claim.Value.Text}\" in {article.Source}");
            }
        }
        claimsById.Count.ShouldBe(saved.Sum(s => s.Claims.Count));
    }

    [Fact]
    public async Task InLoadOrder_RunThatSavedItsArticles_GivesWhatTheLoadsReturn()
    {
        var services = new ServiceCollection().AddFactPipeline(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var extractor = services.GetRequiredService<IArticleExtractor>();
        var claimExtractor = services.GetRequiredService<IClaimExtractor>();
        var store = new SqliteFactStore(Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = _temp.File("facts.db") }));
        await store.InitializeAsync(Ct);
        var run = await store.StartRunAsync(["many"], Now, Ct);
        var saved = new List<SavedArticle>();
        // More articles than one claims query names, under sources whose UTF-16 and UTF-8 orders differ (a character
        // above U+E000 against a surrogate pair), saved in an order that is neither.
        await using (var batch = await store.BeginBatchAsync(run.Id, Ct))
        {
            for (var i = 0; i < 1_100; i++)
            {
                var source = (i % 3) switch { 0 => $"feed/\uFF21-{i * 7 % 1_100}", 1 => $"feed/\U0001F600-{i}", _ => $"feed/a-{1_100 - i}" };
                var text = $"Report {i}\n\nThe city budget rose to {i + 10} million dollars in 2025, and {i % 40 + 2} schools opened.";
                var article = extractor.Extract(new SourceDocument(source, System.Text.Encoding.UTF8.GetBytes(text), "text/plain")).Article.ShouldNotBeNull();
                var claims = claimExtractor.Extract(article).ToList();
                if (i % 10 == 0 && claims.Count > 0)
                {
                    // Two claims at one figure (the second inserted later), and a repeated id the store keeps once.
                    claims.Insert(0, claims[^1] with { Id = claims[^1].Id + "-twin" });
                    claims.Add(claims[1]);
                }
                await batch.SaveArticleAsync(article, claims, [], RulesVersion.Current, Ct);
                saved.Add(new SavedArticle(article, claims));
            }
            await batch.CommitAsync(Ct);
        }
        saved.Sum(s => s.Claims.Count).ShouldBeGreaterThan(2_000, "the articles should carry claims to order");

        var loadedArticles = await store.LoadRunArticlesAsync(run.Id, Ct);
        var loadedClaims = await store.LoadClaimsAsync(loadedArticles.Select(a => a.Id).ToArray(), Ct);
        var (articles, claimsInOrder) = store.InLoadOrder(saved);

        Json(articles).ShouldBe(Json(loadedArticles));
        Json(claimsInOrder).ShouldBe(Json(loadedClaims));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, Everything);
}
