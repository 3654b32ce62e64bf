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
    public void Group_LoneClaimMatchingTwoThirdsOfAGroup_JoinsIt()
    {
        // 1, 2 and 3 agree ("7.2 million"); 0 ("about 7 million") matched 1 and 2 but not 3, and is in no group.
        var groups = Group(["a", "b", "c", "d"], (1, 2), (2, 3), (1, 3), (0, 1), (0, 2));

        groups.ShouldHaveSingleItem().ShouldBe([0, 1, 2, 3], ignoreOrder: true);
    }

    [Fact]
    public void Group_LoneClaimMatchingLessThanTwoThirdsOfAGroup_StaysOut()
    {
        // Three of five members matched: not enough to say the lone claim reports the group's fact.
        var groups = Group(["a", "b", "c", "d", "e", "f"],
            (1, 2), (1, 3), (1, 4), (1, 5), (2, 3), (2, 4), (2, 5), (3, 4), (3, 5), (4, 5), (0, 1), (0, 2), (0, 3));

        groups.ShouldHaveSingleItem().ShouldBe([1, 2, 3, 4, 5], ignoreOrder: true);
    }

    [Fact]
    public void Group_LoneClaimFromAnArticleAlreadyInTheGroup_StaysOut()
    {
        // 0 matched 1 and 2 of the group, but 3 is another claim of its own article.
        var groups = Group(["a", "b", "c", "a"], (1, 2), (2, 3), (1, 3), (0, 1), (0, 2));

        groups.ShouldHaveSingleItem().ShouldBe([1, 2, 3], ignoreOrder: true);
    }

    [Fact]
    public void Group_ClaimAlreadyInAGroup_DoesNotJoinAnotherByMajority()
    {
        // 0 sits with 4; it matched two of the three members of the other group, which is not every member.
        var groups = Group(["a", "b", "c", "d", "e"], (0, 4), (1, 2), (2, 3), (1, 3), (0, 1), (0, 2));

        groups.Count.ShouldBe(2);
        groups.ShouldContain(g => g.Count == 3 && !g.Contains(0));
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void Group_GroupedClaimMatchingTwoThirdsOfAnAgreeingGroup_AlsoJoinsIt(int lastOfGroup, bool joins)
    {
        // 0 ("2 dead") sits with 1 (one report of 3). 2, 3 and 4 are the other reports; 0 matched 2 and 3 but not 4.
        // It contradicts them as a second finding only when they agree among themselves.
        int[] values = [2, 3, 3, 3, lastOfGroup];
        var groups = CliqueGrouper.Group(5, [(0, 1), (2, 3), (3, 4), (2, 4), (0, 2), (0, 3)], i => "abcde"[i..(i + 1)], (i, j) => values[i] == values[j]);

        groups.Count.ShouldBe(2);
        groups.ShouldContain(g => g.Count == 2 && g.Contains(0) && g.Contains(1));
        groups.ShouldContain(g => g.Contains(2) && g.Contains(3) && g.Contains(4) && g.Contains(0) == joins);
    }

    [Fact]
    public void Group_GroupedClaimAgreeingWithAMemberOfTheOtherGroup_DoesNotJoinIt()
    {
        // 0 gives the same figure as 2: what it has to say about that group is no contradiction.
        int[] values = [3, 2, 3, 3, 3];
        var groups = CliqueGrouper.Group(5, [(0, 1), (2, 3), (3, 4), (2, 4), (0, 2), (0, 3)], i => "abcde"[i..(i + 1)], (i, j) => values[i] == values[j]);

        groups.ShouldContain(g => g.Count == 3 && !g.Contains(0));
    }
}
