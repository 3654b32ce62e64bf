using System.Text;
using FactPipeline.Core.Fetching.Web;

namespace FactPipeline.Core.Tests.Fetching.Web;

public sealed class FeedParserTests
{
    private static readonly Uri Base = new("https://news.example/feeds/");

    private static FeedDocument Parse(string fixture) =>
        FeedParser.Parse(Encoding.UTF8.GetBytes(File.ReadAllText(Fixtures.PathOf($"Sites/news/{fixture}")).Replace("{{base}}", "https://news.example", StringComparison.Ordinal)), Base);

    [Fact]
    public void Parse_Rss_ReadsLinksAndRfc822Dates()
    {
        var feed = Parse("clean.xml");

        feed.Format.ShouldBe(FeedFormat.Rss);
        feed.Entries.Count.ShouldBe(4);
        feed.Entries[0].ShouldBe(new FeedEntry(new Uri("https://news.example/id/subsidi-chip.html"), new DateTimeOffset(2026, 1, 12, 8, 15, 0, TimeSpan.FromHours(7))));
    }

    [Fact]
    public void Select_RssWithLimit_TakesNewestFirst()
    {
        var selected = Parse("clean.xml").Select(since: null, limit: 2);

        selected.Select(e => e.Url.AbsolutePath).ShouldBe(["/legacy/euc-kr.html", "/ko/chip-subsidy.html"]);
    }

    [Fact]
    public void Select_Since_DropsOlderEntries()
    {
        var selected = Parse("atom.xml").Select(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), limit: 10);

        selected.Select(e => e.Url.AbsolutePath).ShouldBe(["/ko/chip-subsidy.html", "/en/chip-subsidy.html"]);
    }

    [Fact]
    public void Parse_Atom_TakesAlternateLinkNotReplies()
    {
        var feed = Parse("atom.xml");

        feed.Format.ShouldBe(FeedFormat.Atom);
        feed.Entries.Select(e => e.Url.AbsoluteUri).ShouldNotContain(u => u.Contains("#comments", StringComparison.Ordinal));
        feed.Entries.Count.ShouldBe(3);
    }

    [Fact]
    public void Parse_SitemapWithNewsExtension_ReadsPublicationDate()
    {
        var feed = Parse("sitemap-2026-01.xml");

        feed.Format.ShouldBe(FeedFormat.Sitemap);
        feed.Entries[1].Date.ShouldBe(new DateTimeOffset(2026, 1, 12, 13, 0, 0, TimeSpan.FromHours(9)));
    }

    [Fact]
    public void Parse_SitemapIndex_IsRecognised() => Parse("sitemap-index.xml").Format.ShouldBe(FeedFormat.SitemapIndex);

    [Fact]
    public void Parse_RelativeLink_ResolvesAgainstFeedUrl()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes("<rss><channel><item><link>../a.html</link></item></channel></rss>"), Base);

        feed.Entries.ShouldHaveSingleItem().Url.ShouldBe(new Uri("https://news.example/a.html"));
    }

    [Fact]
    public void Parse_DocumentWithDtd_IsNotAFeed()
    {
        const string xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><link>&x;</link></item></channel></rss>";

        FeedParser.Parse(Encoding.UTF8.GetBytes(xxe), Base).Format.ShouldBe(FeedFormat.NotAFeed);
    }

    [Fact]
    public void Parse_HtmlPage_IsNotAFeed() =>
        FeedParser.Parse(Fixtures.Bytes("Sites/news/en/chip-subsidy.html"), Base).Format.ShouldBe(FeedFormat.NotAFeed);

    [Theory]
    [InlineData("Mon, 12 Jan 2026 08:15:00 +0700", "2026-01-12T08:15:00+07:00")]
    [InlineData("12 Jan 2026 01:15:00 GMT", "2026-01-12T01:15:00+00:00")]
    [InlineData("Tue, 13 Jan 2026 09:00 KST", "2026-01-13T09:00:00+09:00")]
    [InlineData("2026-01-12", "2026-01-12T00:00:00+00:00")]
    public void ParseDate_FeedDateFormats_Parse(string text, string expected) =>
        FeedParser.ParseDate(text).ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
}
