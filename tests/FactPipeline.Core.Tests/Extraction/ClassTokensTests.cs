using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class ClassTokensTests
{
    [Theory]
    [InlineData("c-fixed-sidebar-layout--140--left@lg", "c fixed sidebar layout left lg")]
    [InlineData("socialicons-sticky", "socialicons sticky")]
    [InlineData("shareBar md:hidden", "share bar md hidden")]
    [InlineData("field_label_hidden  entry2content", "field label hidden entry content")]
    [InlineData("  ", "")]
    public void Of_SplitsOnNonLettersAndCaseChanges_LowerCased(string value, string expected)
    {
        string.Join(' ', ClassTokens.Of(value)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("mv-create-card mv-create-has-image", "mv create card mv create")]
    [InlineData("layout with-sidebar", "layout")]
    [InlineData("post hasComments", "post")]
    [InlineData("nothing-here", "nothing here")]
    public void Of_WordAfterAModifier_IsLeftOutWithTheModifier(string value, string expected)
    {
        // "has image" says what the element holds, not that it is an image box.
        string.Join(' ', ClassTokens.Of(value)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("ad-slot", true)]
    [InlineData("shadow", false)]
    [InlineData("masthead", false)]
    [InlineData("read-more", true)]
    [InlineData("readMore", true)]
    [InlineData("more-read", false)]
    [InlineData("jp-relatedposts", true)]
    [InlineData("unrelated", false)]
    public void Matches_WholeWordsSequencesAndPrefixes_NeverInsideAWord(string value, bool expected)
    {
        var list = new ClassWordList(["ad", "read more", "related*"]);

        list.Matches(ClassTokens.Of(value)).ShouldBe(expected);
    }

    [Fact]
    public void Lists_LoadFromTheDataFile()
    {
        ClassWords.Furniture.Matches(["sidebar"]).ShouldBeTrue();
        ClassWords.Content.Matches(["article"]).ShouldBeTrue();
        ClassWords.Positive.Matches(["content"]).ShouldBeTrue();
        ClassWords.Negative.Matches(["comments"]).ShouldBeTrue();
        ClassWords.InsideFurniture.Matches(["byline"]).ShouldBeTrue();
    }
}
