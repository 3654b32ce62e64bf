using FactPipeline.Core.Model;
using FactPipeline.Core.Review.Corrections;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactPipeline.Core.Tests.Storage;

/// <summary>
/// Every text a source was read as, in order, with its first and last fetch: written by the fact store on each save or
/// link (a 304 is a link), in a batch or alone, and read back per source.
/// </summary>
public sealed class SqliteArticleVersionStoreTests : IDisposable
{
    private const string Page = "https://kabar.example/2026/anggaran";
    private const string Other = "https://berita.example/ekonomi";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(Monday);
    private readonly SqliteFactStore _facts;
    private readonly SqliteArticleVersionStore _versions;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public SqliteArticleVersionStoreTests()
    {
        var options = Options.Create(new StorageOptions { DatabasePath = _temp.File("facts.db") });
        _facts = new SqliteFactStore(options, _time);
        _versions = new SqliteArticleVersionStore(options);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task LoadVersions_PageChangedThenNotModified_ListsBothTextsInOrderWithTheirFetchTimes()
    {
        await _facts.InitializeAsync(Ct);
        await SaveAsync("v1", Page);                                      // Monday 02:00: first read
        _time.Advance(TimeSpan.FromHours(6));
        await LinkAsync("v1", Page);                                      // Monday 08:00: 304, same text
        _time.Advance(TimeSpan.FromDays(1));
        await SaveAsync("v2", Page);                                      // Tuesday 08:00: the page changed
        _time.Advance(TimeSpan.FromHours(1));
        await LinkAsync("v2", Page);                                      // Tuesday 09:00: 304

        var versions = await _versions.LoadVersionsAsync([Page], Ct);

        versions.ShouldBe([
            new ArticleVersion(Page, "v1", Monday, Monday.AddHours(6)),
            new ArticleVersion(Page, "v2", Monday.AddHours(30), Monday.AddHours(31)),
        ]);
    }

    [Fact]
    public async Task LoadVersions_PageRevertedToItsFirstText_KeepsThreeVersions()
    {
        await _facts.InitializeAsync(Ct);
        await SaveAsync("v1", Page);
        _time.Advance(TimeSpan.FromDays(1));
        await SaveAsync("v2", Page);
        _time.Advance(TimeSpan.FromDays(1));
        await SaveAsync("v1", Page);

        var versions = await _versions.LoadVersionsAsync([Page], Ct);

        versions.Select(v => v.ArticleId).ShouldBe(["v1", "v2", "v1"]);
        (await _versions.FindVersionAsync(Page, "v1", Ct)).ShouldBe(new ArticleVersion(Page, "v1", Monday.AddDays(2), Monday.AddDays(2)));
    }

    [Fact]
    public async Task LoadVersions_WrittenInABatch_RecordsSavesAndLinksPerSource()
    {
        await _facts.InitializeAsync(Ct);
        var run = await _facts.StartRunAsync([Page, Other], Monday, Ct);
        await using (var batch = await _facts.BeginBatchAsync(run.Id, Ct))
        {
            await batch.SaveArticleAsync(Article("v1", Page), [], [], "rules", Ct);
            await batch.SaveArticleAsync(Article("o1", Other), [], [], "rules", Ct);
            await batch.CommitAsync(Ct);
        }
        _time.Advance(TimeSpan.FromDays(1));
        var second = await _facts.StartRunAsync([Page], Monday.AddDays(1), Ct);
        await using (var batch = await _facts.BeginBatchAsync(second.Id, Ct))
        {
            await batch.LinkArticleAsync("v1", Page, Ct);
            await batch.CommitAsync(Ct);
        }

        var versions = await _versions.LoadVersionsAsync([Page, Other, "https://never.example/"], Ct);

        versions.ShouldBe([
            new ArticleVersion(Other, "o1", Monday, Monday),
            new ArticleVersion(Page, "v1", Monday, Monday.AddDays(1)),
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task FindVersion_TextNeverReadThere_ReturnsNull()
    {
        await _facts.InitializeAsync(Ct);
        await SaveAsync("v1", Page);

        (await _versions.FindVersionAsync(Other, "v1", Ct)).ShouldBeNull();
    }

    private async Task SaveAsync(string articleId, string source)
    {
        var run = await _facts.StartRunAsync([source], _time.GetUtcNow(), Ct);
        await _facts.SaveArticleAsync(run.Id, Article(articleId, source), [], "rules", Ct);
    }

    private async Task LinkAsync(string articleId, string source)
    {
        var run = await _facts.StartRunAsync([source], _time.GetUtcNow(), Ct);
        await _facts.LinkArticleAsync(run.Id, articleId, source, Ct);
    }

    private static Article Article(string id, string source) => new()
    {
        Id = id,
        Source = source,
        Language = "id",
        Paragraphs = FactPipeline.Core.Model.Article.Layout([$"Teks {id}."]),
    };
}
