using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using static FactPipeline.Core.Tests.Storage.Contracts.ReviewStoreContract;

namespace FactPipeline.Core.Tests.Storage.Contracts;

/// <summary>
/// <see cref="IFindingQueue"/>'s filters, order, paging and counts over six tracked findings, the same on every provider;
/// free text in Korean and Chinese matches inside words.
/// </summary>
public abstract class FindingQueueContract(IStoreBackend backend) : StoreContract(backend)
{
    private static DateTimeOffset Day(int day) => new(2026, 11, day, 8, 30, 0, TimeSpan.Zero);

    private static readonly TrackedFinding[] Findings =
    [
        Tracked("t1", Severity.Conflict, 50m, ReviewStatus.Open, true, Day(20), "budget (KRW)", ["국방부"],
            Figure("https://www.chosun.example/a", "a1", "c1", "ko", "국방예산이 10조 원으로 늘었다", 10e12m),
            Figure("https://news.example/b", "a2", "c2", "en", "The Defense budget rose to 9 trillion won", 9e12m)),
        Tracked("t2", Severity.Conflict, 80m, ReviewStatus.Open, true, Day(21), "Budget (IDR)", ["Ministry of Finance"],
            Figure("samples/berita.txt", "a3", "c3", "id", "Anggaran naik 10% tahun ini", 10m),
            Figure("https://news.example/c", "a4", "c4", "en", "The budget rose 18 percent", 18m)),
        Tracked("t3", Severity.Minor, 5m, ReviewStatus.Open, true, Day(22), "employees", [],
            Figure("https://zh.example/d", "a5", "c5", "zh", "国防预算增加到十万亿", 10e12m),
            Figure("https://vi.example/e", "a6", "c6", "vi", "Ngân sách tăng lên 10 nghìn tỷ", 10e12m)),
        Tracked("t4", Severity.Conflict, 90m, ReviewStatus.Confirmed, true, Day(23), "ships", [],
            Figure("https://news.example/f", "a7", "c7", "en", "Three ships sailed", 3m)),
        Tracked("t5", Severity.Minor, 10m, ReviewStatus.Dismissed, false, Day(23), "ships", [],
            Figure("https://news.example/g", "a8", "c8", "en", "Four ships sailed", 4m)),
        Tracked("t6", Severity.Conflict, 95m, ReviewStatus.Open, false, Day(19), "ships", [],
            Figure("https://www.chosun.example/h", "a9", "c9", "ko", "함정 5척이 출항했다", 5m)),
    ];

    private async Task<IFindingQueue> QueueAsync()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        await s.Review.ApplyAsync(new TrackingPlan(Findings, [.. Findings.Select(f => FirstSeen(f))]), Ct);
        return s.Queue;
    }

    /// <summary>A tab's counts in the enum's order (the dictionary's own order is not part of the contract).</summary>
    private static (TKey, int)[] Tabs<TKey>(IReadOnlyDictionary<TKey, int> counts) where TKey : struct, Enum =>
        [.. counts.OrderBy(c => c.Key).Select(c => (c.Key, c.Value))];

    private static async Task<string[]> IdsAsync(IFindingQueue queue, FindingQueueQuery query) =>
        [.. (await queue.QueryAsync(query with { PageSize = FindingQueueQuery.MaxPageSize }, Ct)).Items.Select(i => i.Id)];

    [Fact]
    public async Task Query_NoFilter_OpenFirstThenPresentThenSeverityThenGapWithTabCounts()
    {
        var queue = await QueueAsync();

        var page = await queue.QueryAsync(new FindingQueueQuery(), Ct);

        // t5 was dismissed and the latest run no longer found it: out of the queue. t6 is gone too, but still open.
        page.Items.Select(i => i.Id).ShouldBe(["t2", "t1", "t3", "t6", "t4"]);
        page.Total.ShouldBe(5);
        Tabs(page.BySeverity).ShouldBe([(Severity.Conflict, 4), (Severity.Minor, 1)]);
        // The status tabs count every finding, also those the queue leaves out without a status filter (t5).
        Tabs(page.ByStatus).ShouldBe([(ReviewStatus.Open, 4), (ReviewStatus.Confirmed, 1), (ReviewStatus.Dismissed, 1)]);
        var t1 = page.Items.Single(i => i.Id == "t1");
        (t1.Severity, t1.Status, t1.Topic, t1.DifferencePercent, t1.ClaimCount, t1.FirstSeenAt).ShouldBe((Severity.Conflict, ReviewStatus.Open, "budget (KRW)", 50m, 2, Day(20)));
        t1.Subjects.ShouldBe(["국방부"]);
        t1.Languages.ShouldBe(["en", "ko"]);
        t1.Outlets.ShouldBe(["chosun.example", "news.example"]);
    }

    [Fact]
    public async Task Query_SeverityOrStatus_KeepsThoseAndCountsTheOtherTabs()
    {
        var queue = await QueueAsync();

        var minor = await queue.QueryAsync(new FindingQueueQuery(Severity.Minor), Ct);
        var dismissed = await queue.QueryAsync(new FindingQueueQuery(Status: ReviewStatus.Dismissed), Ct);

        minor.Items.Select(i => i.Id).ShouldBe(["t3"]);
        minor.Total.ShouldBe(1);
        Tabs(minor.ByStatus).ShouldBe([(ReviewStatus.Open, 1), (ReviewStatus.Dismissed, 1)]);
        dismissed.Items.Select(i => i.Id).ShouldBe(["t5"]);
        dismissed.Total.ShouldBe(1);
        Tabs(dismissed.BySeverity).ShouldBe([(Severity.Minor, 1)]);
    }

    [Fact]
    public async Task Query_LanguageOutletSubjectTopicAndDays_EachKeepsOnlyTheFindingsThatHaveIt()
    {
        var queue = await QueueAsync();

        (await IdsAsync(queue, new FindingQueueQuery(Language: "KO"))).ShouldBe(["t1", "t6"]);
        (await IdsAsync(queue, new FindingQueueQuery(Language: "e"))).ShouldBeEmpty("a tag matches whole, never inside another");
        (await IdsAsync(queue, new FindingQueueQuery(Outlet: "chosun.example"))).ShouldBe(["t1", "t6"]);
        (await IdsAsync(queue, new FindingQueueQuery(Outlet: "berita.txt"))).ShouldBe(["t2"]);
        (await IdsAsync(queue, new FindingQueueQuery(Subject: "국방"))).ShouldBe(["t1"]);
        (await IdsAsync(queue, new FindingQueueQuery(Subject: "FINANCE"))).ShouldBe(["t2"]);
        (await IdsAsync(queue, new FindingQueueQuery(Topic: "budget"))).ShouldBe(["t2", "t1"]);
        (await IdsAsync(queue, new FindingQueueQuery(SeenFrom: new DateOnly(2026, 11, 21), SeenTo: new DateOnly(2026, 11, 22)))).ShouldBe(["t2", "t3"]);
        (await IdsAsync(queue, new FindingQueueQuery(Severity.Conflict, Topic: "ships", SeenFrom: new DateOnly(2026, 11, 20)))).ShouldBe(["t4"]);
    }

    [Fact]
    public async Task Query_FreeTextInKoreanAndChinese_MatchesInsideWords()
    {
        var queue = await QueueAsync();

        // "국방예산이" is one word: its middle, of two and of three syllables, still matches.
        (await IdsAsync(queue, new FindingQueueQuery(Quote: "예산"))).ShouldBe(["t1"]);
        (await IdsAsync(queue, new FindingQueueQuery(Quote: "방예산"))).ShouldBe(["t1"]);
        (await IdsAsync(queue, new FindingQueueQuery(Quote: "预算增加"))).ShouldBe(["t3"]);
        (await IdsAsync(queue, new FindingQueueQuery(Quote: "defense BUDGET"))).ShouldBe(["t1"]);
        (await IdsAsync(queue, new FindingQueueQuery(Quote: "5척이 출항"))).ShouldBe(["t6"]);
        (await IdsAsync(queue, new FindingQueueQuery(Quote: "예산이 9"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Query_FreeTextWithWildcards_MatchesThemLiterally()
    {
        var queue = await QueueAsync();

        (await IdsAsync(queue, new FindingQueueQuery(Quote: "%"))).ShouldBe(["t2"]);
        (await IdsAsync(queue, new FindingQueueQuery(Quote: "10% tahun"))).ShouldBe(["t2"]);
        (await IdsAsync(queue, new FindingQueueQuery(Quote: "_"))).ShouldBeEmpty();
        (await IdsAsync(queue, new FindingQueueQuery(Quote: "rose%won"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Query_PagesOfTwo_CoverTheQueueOnceInOrder()
    {
        var queue = await QueueAsync();
        var all = await IdsAsync(queue, new FindingQueueQuery());

        var pages = new List<FindingQueuePage>();
        for (var p = 1; p <= 4; p++)
        {
            pages.Add(await queue.QueryAsync(new FindingQueueQuery(Page: p, PageSize: 2), Ct));
        }

        pages.SelectMany(p => p.Items.Select(i => i.Id)).ShouldBe(all);
        pages.Select(p => p.Items.Count).ShouldBe([2, 2, 1, 0]);
        pages.ShouldAllBe(p => p.PageCount == 3 && p.Total == 5);
        (await queue.ListIdsAsync(new FindingQueueQuery(Page: 2, PageSize: 1), Ct)).ShouldBe(all);
        (await queue.ListIdsAsync(new FindingQueueQuery(Language: "ko"), Ct)).ShouldBe(["t1", "t6"]);
    }

    [Fact]
    public async Task Query_MatchingNothing_IsEmptyWithOnePageAndNoTabs()
    {
        var queue = await QueueAsync();

        var page = await queue.QueryAsync(new FindingQueueQuery(Topic: "no topic says this"), Ct);

        (page.Total, page.Items.Count, page.PageCount).ShouldBe((0, 0, 1));
        page.BySeverity.ShouldBeEmpty();
        page.ByStatus.ShouldBeEmpty();
    }
}

public sealed class SqliteFindingQueueContractTests() : FindingQueueContract(new SqliteBackend());

public sealed class PostgresFindingQueueContractTests(PostgresContractFixture fixture)
    : FindingQueueContract(new PostgresBackend(fixture)), IClassFixture<PostgresContractFixture>;
