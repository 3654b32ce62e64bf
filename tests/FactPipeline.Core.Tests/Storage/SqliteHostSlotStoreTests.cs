using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Storage;

public sealed class SqliteHostSlotStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 19, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private SqliteHostSlotStore Store() => new(Options.Create(new StorageOptions { DatabasePath = _temp.File("facts.db") }));

    [Fact]
    public async Task Reserve_ManyWorkersAtOnce_StartsAreOneGapApart()
    {
        var gap = TimeSpan.FromSeconds(2);

        // Twenty workers (their own connections) asking at the same instant.
        var starts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Store().ReserveAsync("https://news.example", Now, gap, Ct), Ct)));

        starts.Order().ShouldBe(Enumerable.Range(0, 20).Select(i => Now + gap * i));
    }

    [Fact]
    public async Task Reserve_AfterTheLastGapPassed_StartsNow()
    {
        var store = Store();
        await store.ReserveAsync("https://news.example", Now, TimeSpan.FromSeconds(1), Ct);

        (await store.ReserveAsync("https://news.example", Now.AddMinutes(1), TimeSpan.FromSeconds(1), Ct)).ShouldBe(Now.AddMinutes(1));
    }

    [Fact]
    public async Task Reserve_OtherHost_DoesNotWait()
    {
        var store = Store();
        await store.ReserveAsync("https://a.example", Now, TimeSpan.FromSeconds(5), Ct);

        (await store.ReserveAsync("https://b.example", Now, TimeSpan.FromSeconds(5), Ct)).ShouldBe(Now);
    }
}
