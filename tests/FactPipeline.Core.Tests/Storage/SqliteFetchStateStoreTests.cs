using FactPipeline.Core.Fetching;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Storage;

public sealed class SqliteFetchStateStoreTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private SqliteFetchStateStore Store() =>
        new(Options.Create(new StorageOptions { DatabasePath = _temp.File("facts.db") }));

    [Fact]
    public async Task Save_ThenGet_ReturnsValidatorsAndArticle()
    {
        var store = Store();
        await store.InitializeAsync(Ct);
        var state = new FetchState("https://news.example/a.html", "\"abc\"", "Tue, 13 Jan 2026 00:00:00 GMT", "0123456789abcdef");

        await store.SaveAsync(state, Ct);

        (await Store().GetAsync(state.Url, Ct)).ShouldBe(state);
    }

    [Fact]
    public async Task Save_SameUrlAgain_Replaces()
    {
        var store = Store();
        await store.InitializeAsync(Ct);
        await store.SaveAsync(new FetchState("https://news.example/a.html", "\"v1\"", null, "a1"), Ct);

        await store.SaveAsync(new FetchState("https://news.example/a.html", "\"v2\"", null, "a2"), Ct);

        (await store.GetAsync("https://news.example/a.html", Ct))!.ArticleId.ShouldBe("a2");
    }

    [Fact]
    public async Task Forget_RemovesTheUrl()
    {
        var store = Store();
        await store.InitializeAsync(Ct);
        await store.SaveAsync(new FetchState("https://news.example/a.html", null, "Tue, 13 Jan 2026 00:00:00 GMT", "a1"), Ct);

        await store.ForgetAsync("https://news.example/a.html", Ct);

        (await store.GetAsync("https://news.example/a.html", Ct)).ShouldBeNull();
    }
}
