using FactPipeline.Core.Model;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Pipeline;

/// <summary>
/// A run's questions about stored articles and documents: the store's own answers, from fewer statements. A store of
/// N articles is asked directly for the first N / 64 questions, then the keys are read once.
/// </summary>
public sealed class StoredLookupTests : IDisposable
{
    private const string Version = "rules-9:abc";
    private readonly TempDirectory _temp = new();
    private readonly SqliteFactStore _store;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public StoredLookupTests()
    {
        _store = new SqliteFactStore(Options.Create(new StorageOptions { DatabasePath = _temp.File("facts.db") }));
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// Articles a0.. stored with <see cref="Version"/>, each remembered as document doc-a0..; and "old" with another
    /// version, remembered as doc-old.
    /// </summary>
    private async Task StoreAsync(int articles)
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["inbox"], Now, Ct);
        var documents = new List<DocumentArticle>();
        foreach (var id in Enumerable.Range(0, articles).Select(i => $"a{i}"))
        {
            await _store.SaveArticleAsync(run.Id, Article(id), [], Version, Ct);
            documents.Add(new DocumentArticle($"doc-{id}", id));
        }
        await _store.SaveArticleAsync(run.Id, Article("old"), [], "rules-8:fed", Ct);
        documents.Add(new DocumentArticle("doc-old", "old"));
        await _store.RememberDocumentsAsync(documents, Ct);
    }

    private static Article Article(string id) => new()
    {
        Id = id,
        Source = $"inbox/{id}.txt",
        Title = "Pelabuhan baru",
        Language = "id",
        Paragraphs = FactPipeline.Core.Model.Article.Layout(["Pelabuhan Teluk Sarang menampung 340 kapal per bulan."]),
    };

    [Fact]
    public async Task Questions_BeforeAndAfterTheKeysAreRead_AnswerAsTheStoreDoes()
    {
        await StoreAsync(articles: 5);
        // 640 articles: the first 10 questions go to the database, the keys are read for the 11th.
        var counting = new CountingFactStore(_store) { EstimatedArticles = 640 };
        var lookup = await StoredLookup.StartAsync(counting, Version, Ct);
        string[] articleIds = ["a0", "a1", "a2", "a3", "a4", "old", "missing", "A0", ""];
        string[] documentKeys = ["doc-a0", "doc-a3", "doc-old", "doc-missing", "a0"];

        for (var round = 0; round < 2; round++)
        {
            foreach (var id in articleIds)
            {
                (await lookup.HasClaimsAsync(id, Ct)).ShouldBe(await _store.HasClaimsAsync(id, Version, Ct), id);
            }
            foreach (var key in documentKeys)
            {
                (await lookup.FindDocumentArticleAsync(key, Ct)).ShouldBe(await _store.FindDocumentArticleAsync(key, Version, Ct), key);
            }
        }

        counting.LoadStoredKeysCalls.ShouldBe(1);
        lookup.Version.ShouldBe(Version);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public async Task Questions_EmptyOrSmallStoreMisses_ReadTheKeysOnceAndAskTheDatabaseNothing(int articles)
    {
        await StoreAsync(articles);
        var counting = new CountingFactStore(_store);
        var lookup = await StoredLookup.StartAsync(counting, Version, Ct);

        for (var i = 0; i < 50; i++)
        {
            (await lookup.HasClaimsAsync($"missing-{i}", Ct)).ShouldBeFalse();
            (await lookup.FindDocumentArticleAsync($"doc-missing-{i}", Ct)).ShouldBeNull();
        }

        counting.LoadStoredKeysCalls.ShouldBe(1);
        (counting.HasClaimsCalls, counting.FindDocumentArticleCalls).ShouldBe((0, 0));
    }

    [Fact]
    public async Task Questions_StoreOf6400Articles_AskTheDatabaseTheFirst100ThenOnlyPossibleHits()
    {
        await StoreAsync(articles: 3);
        var counting = new CountingFactStore(_store) { EstimatedArticles = 6_400 };
        var lookup = await StoredLookup.StartAsync(counting, Version, Ct);

        for (var i = 0; i < 50; i++)
        {
            (await lookup.HasClaimsAsync($"missing-{i}", Ct)).ShouldBeFalse();
            (await lookup.FindDocumentArticleAsync($"doc-missing-{i}", Ct)).ShouldBeNull();
        }
        (counting.HasClaimsCalls, counting.FindDocumentArticleCalls, counting.LoadStoredKeysCalls).ShouldBe((50, 50, 0));

        for (var i = 50; i < 100; i++)
        {
            (await lookup.HasClaimsAsync($"missing-{i}", Ct)).ShouldBeFalse();
            (await lookup.FindDocumentArticleAsync($"doc-missing-{i}", Ct)).ShouldBeNull();
        }
        (counting.HasClaimsCalls, counting.FindDocumentArticleCalls, counting.LoadStoredKeysCalls).ShouldBe((50, 50, 1));

        // A possible hit is still made sure of in the database.
        (await lookup.HasClaimsAsync("a2", Ct)).ShouldBeTrue();
        (await lookup.FindDocumentArticleAsync("doc-a1", Ct)).ShouldBe("a1");
        (counting.HasClaimsCalls, counting.FindDocumentArticleCalls, counting.LoadStoredKeysCalls).ShouldBe((51, 51, 1));
    }

    [Fact]
    public async Task Questions_ManyTasksAtOnce_ReadTheKeysOnce()
    {
        await StoreAsync(articles: 3);
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // 640 articles: 10 questions go to the database; the other 54 all wait on the one reading of the keys.
        var counting = new CountingFactStore(_store) { EstimatedArticles = 640, KeysReleased = released.Task };
        var lookup = await StoredLookup.StartAsync(counting, Version, Ct);

        var questions = Enumerable.Range(0, 64)
            .Select(i => Task.Run(async () => i % 2 == 0
                ? (await lookup.HasClaimsAsync($"missing-{i}", Ct) ? "stored" : null)
                : await lookup.FindDocumentArticleAsync($"doc-missing-{i}", Ct), Ct))
            .ToArray();
        SpinWait.SpinUntil(() => counting.LoadStoredKeysCalls > 0, TimeSpan.FromSeconds(10)).ShouldBeTrue();
        released.SetResult();
        var answers = await Task.WhenAll(questions);

        answers.ShouldAllBe(answer => answer == null);
        counting.LoadStoredKeysCalls.ShouldBe(1);
        (counting.HasClaimsCalls + counting.FindDocumentArticleCalls).ShouldBe(10);
    }

    [Fact]
    public async Task Questions_StoredWithTheVersion_AnswerTrueAndTheStoredArticle()
    {
        await StoreAsync(articles: 3);
        var counting = new CountingFactStore(_store);
        var lookup = await StoredLookup.StartAsync(counting, Version, Ct);

        (await lookup.HasClaimsAsync("a1", Ct)).ShouldBeTrue();
        (await lookup.FindDocumentArticleAsync("doc-a2", Ct)).ShouldBe("a2");
        // Stored, but with another version: the keys are the version's only.
        (await lookup.HasClaimsAsync("old", Ct)).ShouldBeFalse();
        (await lookup.FindDocumentArticleAsync("doc-old", Ct)).ShouldBeNull();

        (counting.HasClaimsCalls, counting.FindDocumentArticleCalls, counting.LoadStoredKeysCalls).ShouldBe((1, 1, 1));
    }
}
