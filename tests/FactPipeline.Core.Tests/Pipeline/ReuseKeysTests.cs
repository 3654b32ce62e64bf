using System.Text;
using FactPipeline.Core.Model;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Pipeline;

public sealed class ReuseKeysTests
{
    private const string Build = "build-a";
    private const string Rules = "rules-1:aaaaaaaaaaaa";

    private static SourceDocument Document(string text, string source = "inbox/ferry.txt") =>
        new(source, Encoding.UTF8.GetBytes(text), "text/plain");

    private static Article Article(string id, string title = "Ferry fares") => new()
    {
        Id = id,
        Source = $"inbox/{id}.txt",
        Title = title,
        Language = "en",
        Paragraphs = FactPipeline.Core.Model.Article.Layout(["The ferry to Calloway Island will cost $14 from May."]),
    };

    private static readonly Article[] Articles = [Article("a1"), Article("a2")];
    private static readonly Claim[] Claims = [ClaimBuilder.Money("a1", 14m, "USD"), ClaimBuilder.Money("a2", 15m, "USD")];

    private static string FindingsKey(
        IReadOnlyList<Article>? articles = null, IReadOnlyList<Claim>? claims = null, string settings = "{}", string build = Build, string rules = Rules) =>
        ReuseKeys.Findings(articles ?? Articles, claims ?? Claims, settings, build, rules);

    [Fact]
    public void Document_SameSourceAndBytes_GivesTheSameKey()
    {
        ReuseKeys.Document(Document("Fares rise to $14."), Build, Rules).ShouldBe(ReuseKeys.Document(Document("Fares rise to $14."), Build, Rules));
    }

    [Fact]
    public void Document_OneByteChanged_GivesAnotherKey()
    {
        ReuseKeys.Document(Document("Fares rise to $15."), Build, Rules).ShouldNotBe(ReuseKeys.Document(Document("Fares rise to $14."), Build, Rules));
    }

    [Fact]
    public void Document_SameBytesUnderAnotherSourceOrMediaType_GivesAnotherKey()
    {
        var key = ReuseKeys.Document(Document("Fares rise to $14."), Build, Rules);

        ReuseKeys.Document(Document("Fares rise to $14.", "inbox/copy.txt"), Build, Rules).ShouldNotBe(key);
        ReuseKeys.Document(Document("Fares rise to $14.") with { MediaType = "text/html" }, Build, Rules).ShouldNotBe(key);
        ReuseKeys.Document(Document("Fares rise to $14.") with { Language = "en" }, Build, Rules).ShouldNotBe(key);
    }

    [Fact]
    public void Document_AnotherBuildOrRulesVersion_GivesAnotherKey()
    {
        var key = ReuseKeys.Document(Document("Fares rise to $14."), Build, Rules);

        ReuseKeys.Document(Document("Fares rise to $14."), "build-b", Rules).ShouldNotBe(key);
        ReuseKeys.Document(Document("Fares rise to $14."), Build, "rules-1:bbbbbbbbbbbb").ShouldNotBe(key);
    }

    [Fact]
    public void Document_CurrentBuildAndRules_IsTheKeyOfThisBuildAndRulesVersion()
    {
        var document = Document("Fares rise to $14.");

        ReuseKeys.Document(document).ShouldBe(ReuseKeys.Document(document, ReuseKeys.Build, RulesVersion.Current));
        ReuseKeys.Build.ShouldBe(typeof(RulesVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
    }

    [Fact]
    public void Findings_SameInputs_GivesTheSameKey()
    {
        FindingsKey(articles: [Article("a1"), Article("a2")]).ShouldBe(FindingsKey());
    }

    [Fact]
    public void Findings_AnyInputChanged_GivesAnotherKey()
    {
        var key = FindingsKey();

        FindingsKey(articles: [Article("a1"), Article("a3")]).ShouldNotBe(key);
        FindingsKey(articles: [Article("a1"), Article("a2", title: "Ferry fares rise")]).ShouldNotBe(key);
        FindingsKey(articles: [Article("a1")]).ShouldNotBe(key);
        FindingsKey(claims: [Claims[0]]).ShouldNotBe(key);
        FindingsKey(settings: """{"MaxRatio":4}""").ShouldNotBe(key);
        FindingsKey(build: "build-b").ShouldNotBe(key);
        FindingsKey(rules: "rules-2:aaaaaaaaaaaa").ShouldNotBe(key);
    }

    [Fact]
    public void Findings_PartsMovedFromOneFieldToTheNext_GivesAnotherKey()
    {
        var joined = FindingsKey(articles: [Article("a1", title: "Ferry fares") with { Author = null, SiteName = "Port news" }]);
        var moved = FindingsKey(articles: [Article("a1", title: "Ferry fares") with { Author = "Port news", SiteName = null }]);

        moved.ShouldNotBe(joined);
    }
}
