using FactPipeline.Core.Fetching.Web;

namespace FactPipeline.Core.Tests.Fetching.Web;

public sealed class RobotsTxtTests
{
    private static readonly RobotsTxt Site = RobotsTxt.Parse(
        File.ReadAllText(Fixtures.PathOf("Sites/news/robots.txt")), FetchOptions.DefaultUserAgent);

    private static Uri Url(string path) => new("https://news.example" + path);

    [Theory]
    [InlineData("/en/chip-subsidy.html", true)]
    [InlineData("/private/internal-memo.html", false)]
    [InlineData("/private/press-release.html", true)]
    [InlineData("/robots.txt", true)]
    public void IsAllowed_FixtureSite_LongestRuleWins(string path, bool allowed) =>
        Site.IsAllowed(Url(path)).ShouldBe(allowed);

    [Fact]
    public void Parse_CrawlDelay_IsRead() => Site.CrawlDelay.ShouldBe(TimeSpan.FromSeconds(2));

    [Fact]
    public void Parse_GroupNamingOurToken_WinsOverStar()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /\n\nUser-agent: factpipeline\nDisallow: /drafts/\n", FetchOptions.DefaultUserAgent);

        robots.IsAllowed(Url("/news/1")).ShouldBeTrue();
        robots.IsAllowed(Url("/drafts/1")).ShouldBeFalse();
    }

    [Fact]
    public void Parse_OtherBotsGroup_DoesNotApplyToUs()
    {
        var robots = RobotsTxt.Parse("User-agent: BadBot\nDisallow: /\n", FetchOptions.DefaultUserAgent);

        robots.IsAllowed(Url("/anything")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("/search?q=chips", false)]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?x=1", true)]
    [InlineData("/files/report.html", true)]
    public void IsAllowed_WildcardAndEndAnchor_Match(string path, bool allowed)
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /search\nDisallow: /*.pdf$\n", FetchOptions.DefaultUserAgent);

        robots.IsAllowed(Url(path)).ShouldBe(allowed);
    }

    [Fact]
    public void DisallowAll_RefusesEveryPageButRobots()
    {
        RobotsTxt.DisallowAll.IsAllowed(Url("/")).ShouldBeFalse();
        RobotsTxt.DisallowAll.IsAllowed(Url("/robots.txt")).ShouldBeTrue();
    }
}
