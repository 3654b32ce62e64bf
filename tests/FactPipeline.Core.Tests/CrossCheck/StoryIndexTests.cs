using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Tests.CrossCheck;

public sealed class StoryIndexTests
{
    private static StoryProfile Profile(string id, string[] names, string[]? places = null) => new(id, names, places ?? []);

    [Fact]
    public void SameStory_ThreeSharedDistinctiveNames_IsOneStory()
    {
        var index = new StoryIndex(
        [
            Profile("a", ["name:bendungan lawu", "name:karya tirta", "name:dinas pu", "name:other"]),
            Profile("b", ["name:bendungan lawu", "name:karya tirta", "name:dinas pu"]),
        ], minSharedNames: 3);

        index.SameStory("a", "b").ShouldBeTrue();
        index.SameStory("b", "a").ShouldBeTrue();
    }

    [Fact]
    public void SameStory_TwoReportsThatEachShareEnoughWithAThird_AreOneStory()
    {
        // The Korean and the Indonesian report share little (one name); each shares a lot with the English wire.
        var index = new StoryIndex(
        [
            Profile("ko", ["name:a1", "name:a2", "name:a3", "name:c1"]),
            Profile("wire", ["name:a1", "name:a2", "name:a3", "name:b1", "name:b2", "name:b3"]),
            Profile("id", ["name:b1", "name:b2", "name:b3", "name:c1"]),
        ], minSharedNames: 3);

        index.SameStory("ko", "id").ShouldBeTrue();
    }

    [Fact]
    public void SameStory_TwoReportsSharingNothingButOneThirdThatMentionsBoth_AreNotOneStory()
    {
        // A Hyundai launch report that mentions Kia's new car ties to both stories; Kia's own reports share nothing
        // with the other Hyundai reports, so they are not one story with them.
        var index = new StoryIndex(
        [
            Profile("kia", ["name:a1", "name:a2", "name:a3"]),
            Profile("wire", ["name:a1", "name:a2", "name:a3", "name:b1", "name:b2", "name:b3"]),
            Profile("hyundai", ["name:b1", "name:b2", "name:b3"]),
        ], minSharedNames: 3);

        index.SameStory("kia", "hyundai").ShouldBeFalse();
    }

    [Fact]
    public void SameStory_TwoReportsSharingNothingButTwoThirds_AreOneStory()
    {
        var index = new StoryIndex(
        [
            Profile("ko", ["name:a1", "name:a2", "name:a3", "name:d1", "name:d2", "name:d3"]),
            Profile("wire", ["name:a1", "name:a2", "name:a3", "name:b1", "name:b2", "name:b3"]),
            Profile("zh", ["name:d1", "name:d2", "name:d3", "name:e1", "name:e2", "name:e3"]),
            Profile("id", ["name:b1", "name:b2", "name:b3", "name:e1", "name:e2", "name:e3"]),
        ], minSharedNames: 3);

        index.SameStory("ko", "id").ShouldBeTrue();
    }

    [Fact]
    public void SameStory_TwoHopsApart_IsNotOneStory()
    {
        // Longer chains join different stories through common names: only one hop counts.
        var index = new StoryIndex(
        [
            Profile("a", ["name:a1", "name:a2", "name:a3"]),
            Profile("b", ["name:a1", "name:a2", "name:a3", "name:b1", "name:b2", "name:b3"]),
            Profile("c", ["name:a1", "name:b1", "name:b2", "name:b3", "name:c1", "name:c2", "name:c3"]),
            Profile("d", ["name:c1", "name:c2", "name:c3"]),
        ], minSharedNames: 3);

        index.SameStory("a", "c").ShouldBeTrue();
        index.SameStory("a", "d").ShouldBeFalse();
    }

    [Fact]
    public void SameStory_SharedProvincesCountLikeNamesButCountriesOnce()
    {
        // Two names and a shared province are one story; two names and two shared countries are not.
        var withProvince = new StoryIndex(
            [Profile("a", ["name:x1", "name:x2"], ["id-sr", "id"]), Profile("b", ["name:x1", "name:x2"], ["id-sr", "id"])], minSharedNames: 4);
        var withCountries = new StoryIndex(
            [Profile("a", ["name:x1", "name:x2"], ["id", "vn"]), Profile("b", ["name:x1", "name:x2"], ["id", "vn"])], minSharedNames: 4);

        withProvince.SameStory("a", "b").ShouldBeTrue();
        withCountries.SameStory("a", "b").ShouldBeFalse();
    }

    [Fact]
    public void SameStory_TwoSharedNames_IsNotOneStory()
    {
        var index = new StoryIndex([Profile("a", ["name:x1", "name:x2"]), Profile("b", ["name:x1", "name:x2"])], minSharedNames: 3);

        index.SameStory("a", "b").ShouldBeFalse();
    }

    [Fact]
    public void SameStory_TwoSharedNamesAndASharedPlace_IsOneStory()
    {
        var index = new StoryIndex(
            [Profile("a", ["name:x1", "name:x2"], ["vn"]), Profile("b", ["name:x1", "name:x2"], ["vn"])],
            minSharedNames: 3);

        index.SameStory("a", "b").ShouldBeTrue();
    }

    [Fact]
    public void SameStory_OnlySharedPlaces_IsNotOneStory()
    {
        var index = new StoryIndex(
            [Profile("a", ["name:x1"], ["vn", "jp"]), Profile("b", ["name:y1"], ["vn", "jp"])],
            minSharedNames: 3);

        index.SameStory("a", "b").ShouldBeFalse();
    }

    [Fact]
    public void SameStory_NamesMoreArticlesMentionThanTheCap_DoNotCount()
    {
        // Twelve articles all name the outlet and two generic bodies (cap: max(5, 12 / 10) = 5): those names tell
        // nothing about the story, so p0 and p1 share only two names that count.
        string[] common = ["name:harian kota", "name:pemkot", "name:dprd"];
        var profiles = Enumerable.Range(0, 12)
            .Select(i => Profile("p" + i, i < 2 ? [.. common, "name:pasar baru", "name:tirta asri"] : common))
            .ToArray();
        var index = new StoryIndex(profiles, minSharedNames: 3);

        index.SameStory("p0", "p1").ShouldBeFalse();
    }

    [Fact]
    public void SameStory_SmallRunNamesUpToTheCap_Count()
    {
        // Five articles of one story (the cap is at least 5): every shared name counts.
        string[] common = ["name:harian kota", "name:pemkot", "name:dprd"];
        var profiles = Enumerable.Range(0, 5).Select(i => Profile("p" + i, common)).ToArray();
        var index = new StoryIndex(profiles, minSharedNames: 3);

        index.SameStory("p0", "p1").ShouldBeTrue();
    }

    [Fact]
    public void SameStory_SharedDistinctiveFigures_CountLikeNames()
    {
        var figures = new Dictionary<string, HashSet<string>>
        {
            ["a"] = ["Count|81", "Count|15240"],
            ["b"] = ["Count|81", "Count|15240"],
        };
        var index = new StoryIndex([Profile("a", ["name:x1"], ["vn"]), Profile("b", ["name:x1"], ["vn"])], minSharedNames: 4, figures);

        // One name + two figures + one place = 4.
        index.SameStory("a", "b").ShouldBeTrue();
    }

    [Fact]
    public void SameStory_ArticleWithoutProfile_IsNotOneStory()
    {
        var index = new StoryIndex([Profile("a", ["name:x1", "name:x2", "name:x3"])], minSharedNames: 3);

        index.SameStory("a", "missing").ShouldBeFalse();
    }

    [Fact]
    public void Mentions_KnowsNamesAndPlacesAndIsNullWithoutProfile()
    {
        var index = new StoryIndex([Profile("a", ["name:x1"], ["vn"])], minSharedNames: 3);

        index.Mentions("a", "name:x1").ShouldBe(true);
        index.Mentions("a", "vn").ShouldBe(true);
        index.Mentions("a", "name:x2").ShouldBe(false);
        index.Mentions("missing", "name:x1").ShouldBeNull();
    }

    [Fact]
    public void Empty_NeverSameStory()
    {
        StoryIndex.Empty.SameStory("a", "b").ShouldBeFalse();
        StoryIndex.Empty.Mentions("a", "name:x").ShouldBeNull();
    }

    [Fact]
    public void SameStory_SingleLetterNames_TieNoStory()
    {
        // "U.S." split into "U" and "S", "Group C": letters many unrelated pages share are no names of a story.
        var index = new StoryIndex(
        [
            Profile("a", ["name:s", "name:c", "name:e", "name:otters"]),
            Profile("b", ["name:s", "name:c", "name:e", "name:karst study"]),
        ], minSharedNames: 3);

        index.SameStory("a", "b").ShouldBeFalse();
        index.Strength("a", "b").ShouldBe(0);
    }

    [Fact]
    public void IsCommon_NameMoreArticlesMentionThanAStoryHas_IsCommon()
    {
        // Twelve articles: a distinctive name is one that at most eight of them name (the floor of the limit).
        var profiles = Enumerable.Range(0, 12)
            .Select(i => Profile($"a{i}", i < 9 ? ["name:mayor vance", $"name:own{i}"] : [$"name:own{i}"]))
            .ToArray();
        var index = new StoryIndex(profiles, minSharedNames: 3);

        index.IsCommon("name:mayor vance").ShouldBeTrue();
        index.IsCommon("name:own3").ShouldBeFalse();
    }
    [Fact]
    public void SameStory_KoreanWordsTheOtherArticleWritesAsLatinNames_AreOneStory()
    {
        // 강남역, 광화문 and 도림천 in the Korean report are Gangnam, Gwanghwamun and Dorimcheon in the English one.
        var index = new StoryIndex(
        [
            Profile("en", ["name:gangnam", "name:gwanghwamun", "name:dorimcheon"]),
            Profile("ko", []) with { RomanizedWords = ["gangnam", "gangnamyeok", "gwanghwamun", "dorimcheon", "yesan"] },
        ], minSharedNames: 3);

        index.SameStory("en", "ko").ShouldBeTrue();
    }

    [Fact]
    public void SameStory_TwoKoreanArticlesSharingOnlyRomanizedWords_AreNotTiedByThem()
    {
        // Both Korean reports use a word some Latin article writes as a name: shared vocabulary, not a shared name.
        var index = new StoryIndex(
        [
            Profile("en", ["name:subang", "name:x1", "name:x2"]),
            Profile("ko1", ["name:x1", "name:x2"]) with { RomanizedWords = ["subang"] },
            Profile("ko2", ["name:y1", "name:y2"]) with { RomanizedWords = ["subang", "y"] },
            Profile("ko3", ["name:y1", "name:y2"]) with { RomanizedWords = ["subang"] },
        ], minSharedNames: 3);

        index.SameStory("ko2", "ko3").ShouldBeFalse();
        index.SameStory("en", "ko1").ShouldBeTrue();
    }

    [Fact]
    public void SameStory_TwoReportsTiedOnlyThroughListingPages_AreNotOneStory()
    {
        // Two listing pages (a deals page, a live blog) each share names with nine reports of nine stories, none of
        // which share anything with each other: the pages bridge no story.
        var leaves = Enumerable.Range(0, 9).Select(i => Profile($"r{i}", [$"name:h{i}a", $"name:h{i}b", $"name:h{i}c", $"name:g{i}a", $"name:g{i}b", $"name:g{i}c"])).ToList();
        var hub = Profile("live", [.. Enumerable.Range(0, 9).SelectMany(i => new[] { $"name:h{i}a", $"name:h{i}b", $"name:h{i}c" })]);
        var deals = Profile("deals", [.. Enumerable.Range(0, 9).SelectMany(i => new[] { $"name:g{i}a", $"name:g{i}b", $"name:g{i}c" })]);
        var index = new StoryIndex([.. leaves, hub, deals], minSharedNames: 3);

        index.SameStory("r0", "live").ShouldBeTrue();
        index.SameStory("r0", "r1").ShouldBeFalse();
    }

    [Fact]
    public void SameStory_AskedAgainInEitherOrder_GivesTheFirstAnswer()
    {
        // The answers are remembered per article pair: asking again, or the other way round, must not change them,
        // for pairs that are one story directly, through a third report, or not at all.
        var index = new StoryIndex(
        [
            Profile("ko", ["name:a1", "name:a2", "name:a3", "name:c1"]),
            Profile("wire", ["name:a1", "name:a2", "name:a3", "name:b1", "name:b2", "name:b3"]),
            Profile("id", ["name:b1", "name:b2", "name:b3", "name:c1"]),
            Profile("other", ["name:z1", "name:z2", "name:z3"]),
        ], minSharedNames: 3);
        (string, string, bool)[] expected = [("ko", "wire", true), ("ko", "id", true), ("wire", "other", false), ("id", "other", false)];

        foreach (var _ in Enumerable.Range(0, 2))
        {
            foreach (var (a, b, same) in expected)
            {
                index.SameStory(a, b).ShouldBe(same, $"{a}/{b}");
                index.SameStory(b, a).ShouldBe(same, $"{b}/{a}");
            }
        }
    }
}
