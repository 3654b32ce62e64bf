using FactPipeline.Core.Model.Lexicon;
using Shouldly;

namespace FactPipeline.Core.Tests.Model;

public sealed class InvariantLowerTests
{
    [Fact]
    public void Of_EveryCharacterOfTheBasicPlane_LowersAsToLowerInvariant()
    {
        var differing = new List<int>();
        for (var c = 0x80; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue; // surrogates: only in pairs, see the test below
            }
            // Each character inside a non-ASCII text, so the table path is the one taken.
            var text = "É" + (char)c + "Z";
            if (InvariantLower.Of(text) != text.ToLowerInvariant())
            {
                differing.Add(c);
            }
        }

        differing.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Hà Nội Và TP HCM")]
    [InlineData("İSTANBUL ILIK ıı")]
    [InlineData("ΑΘΗΝΑ Σ ΜΟΣΚΒΑ МОСКВА")]
    [InlineData("ＧＰＵ 한국은 中国 Ǆ ǅ ẞ")]
    [InlineData("PLAIN ASCII Text 123")]
    [InlineData("")]
    public void Of_MixedScripts_IsToLowerInvariant(string text)
    {
        InvariantLower.Of(text).ShouldBe(text.ToLowerInvariant());
    }

    [Fact]
    public void Of_TextBeyondTheBasicPlane_IsToLowerInvariant()
    {
        var text = "Deseret \U00010400\U00010401 Ádám";

        InvariantLower.Of(text).ShouldBe(text.ToLowerInvariant());
    }
}
