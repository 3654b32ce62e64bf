using FactPipeline.Core.CrossCheck;

namespace FactPipeline.Core.Tests.CrossCheck;

public sealed class CliqueGrouperTests
{
    private static List<List<int>> Group(string[] articles, params (int, int)[] edges) =>
        CliqueGrouper.Group(articles.Length, edges, i => articles[i]);

    [Fact]
    public void Group_ChainWithoutDirectLink_IsNotOneGroup()
    {
        // 0–1 and 1–2 matched, 0–2 did not: 0 and 2 are different facts, so 2 stays out.
        var groups = Group(["a", "b", "c"], (0, 1), (1, 2));

        groups.ShouldHaveSingleItem().ShouldBe([0, 1], ignoreOrder: true);
    }

    [Fact]
    public void Group_EveryPairLinked_IsOneGroup()
    {
        var groups = Group(["a", "b", "c"], (0, 1), (1, 2), (0, 2));

        groups.ShouldHaveSingleItem().ShouldBe([0, 1, 2], ignoreOrder: true);
    }

    [Fact]
    public void Group_TwoClaimsOfOneArticle_NeverShareAGroup()
    {
        // Claims 0, 1 and 2 are all from article a and each matched claim 3 of article b; the first edge wins.
        var groups = Group(["a", "a", "a", "b"], (1, 3), (0, 3), (2, 3), (0, 1));

        var group = groups.ShouldHaveSingleItem();
        group.ShouldBe([1, 3], ignoreOrder: true);
    }

    [Fact]
    public void Group_StrongestEdgeFirstDecides()
    {
        var first = Group(["a", "b", "b"], (0, 1), (0, 2));
        var second = Group(["a", "b", "b"], (0, 2), (0, 1));

        first.ShouldHaveSingleItem().ShouldBe([0, 1], ignoreOrder: true);
        second.ShouldHaveSingleItem().ShouldBe([0, 2], ignoreOrder: true);
    }

    [Fact]
    public void Group_NoEdges_GivesNoGroups()
    {
        Group(["a", "b"]).ShouldBeEmpty();
    }

    [Fact]
    public void Group_IndependentPairs_GiveSeparateGroups()
    {
        var groups = Group(["a", "b", "a", "b"], (0, 1), (2, 3));

        groups.Count.ShouldBe(2);
        groups.ShouldContain(g => g.Count == 2 && g.Contains(0) && g.Contains(1));
        groups.ShouldContain(g => g.Count == 2 && g.Contains(2) && g.Contains(3));
    }

    [Fact]
    public void Group_ClaimMatchingEveryMemberOfAnotherGroup_JoinsThatGroupToo()
    {
        // 0 and 1 are two early reports (46 dead); 2, 3 and 4 later ones (81). 0 matched every later report, 1 none.
        var groups = Group(["v", "k", "a", "r", "z"], (0, 1), (2, 3), (3, 4), (2, 4), (0, 2), (0, 3), (0, 4));

        groups.Count.ShouldBe(2);
        groups.ShouldContain(g => g.Count == 2 && g.Contains(0) && g.Contains(1));
        groups.ShouldContain(g => g.Count == 4 && g.Contains(0) && g.Contains(2) && g.Contains(3) && g.Contains(4));
    }

    [Fact]
    public void Group_ClaimMatchingOnlySomeOfAnotherGroup_DoesNotJoinIt()
    {
        var groups = Group(["v", "k", "a", "r", "z"], (0, 1), (2, 3), (3, 4), (2, 4), (0, 2), (0, 3));

        groups.ShouldContain(g => g.Count == 3 && !g.Contains(0));
    }

    [Fact]
    public void Group_LoneClaimMatchingAGroupedOneWithTheSameExplicitScope_FormsAFindingWithIt()
    {
        // 0 (a's new total) and 1 (b's new total) agree; 2 (c's "extra 2.4 million") matched only 3 (a's "extra 1.8
        // million"), which itself is grouped with b's figure 4. Both additions: the pair 3–2 is reported.
        string[] articles = ["a", "b", "c", "a", "b"];
        (int, int)[] edges = [(0, 1), (3, 4), (3, 2)];
        bool BothAdditions(int x, int y) => x is 2 or 3 && y is 2 or 3;

        var groups = CliqueGrouper.Group(articles.Length, edges, i => articles[i], BothAdditions);

        groups.Count.ShouldBe(3);
        groups.ShouldContain(g => g.Count == 2 && g.Contains(2) && g.Contains(3));
    }

    [Fact]
    public void Group_LoneClaimMatchingAGroupedOneWithoutAnExplicitScope_StaysOut()
    {
        string[] articles = ["a", "b", "c"];

        var groups = CliqueGrouper.Group(articles.Length, [(0, 1), (1, 2)], i => articles[i], (_, _) => false);

        groups.ShouldHaveSingleItem().ShouldBe([0, 1], ignoreOrder: true);
    }
}
