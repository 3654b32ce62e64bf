using FactPipeline.Core.Quantities;
using Shouldly;

namespace FactPipeline.Core.Tests.Quantities;

public sealed class AsciiStartFilterTests
{
    private static readonly string[] Surfaces = ["US$", "Rp", "$", "€", "dolar AS", "원", "Kč"];

    [Theory]
    [InlineData("harga US$ 5", 6)]
    [InlineData("harga us$ 5", 6)]
    [InlineData("Rp 20", 0)]
    [InlineData("RP 20", 0)]
    [InlineData("$5", 0)]
    [InlineData("€5", 0)]
    [InlineData("5 Dolar AS", 2)]
    [InlineData("5만 원", 3)]
    [InlineData("5 kč", 2)]
    public void MayStartAt_WhereASurfaceMatchesIgnoringCase_IsTrue(string text, int index)
    {
        new AsciiStartFilter(Surfaces).MayStartAt(text, index).ShouldBeTrue();
    }

    [Theory]
    [InlineData("harga naik", 0)]
    [InlineData("harga naik", 6)]
    [InlineData("ribu", 0)]
    [InlineData("dua", 0)]
    [InlineData("R", 0)]
    [InlineData("5", 1)]
    public void MayStartAt_WhereNoSurfaceCanStart_IsFalse(string text, int index)
    {
        new AsciiStartFilter(Surfaces).MayStartAt(text, index).ShouldBeFalse();
    }

    [Fact]
    public void MayStartAt_EveryPairOfCharacters_NeverTurnsAwayAMatch()
    {
        var filter = new AsciiStartFilter(Surfaces);
        var characters = Enumerable.Range(0, 128).Select(c => (char)c).Concat("ſıKéđ원").ToArray();
        var missed = new List<string>();
        foreach (var a in characters)
        {
            foreach (var b in characters)
            {
                foreach (var text in new[] { new string([a, b, '$', ' ']), new string([a, b, 'p', ' ']) })
                {
                    var matches = Surfaces.Any(s => s.Length <= text.Length && text.AsSpan(0, s.Length).Equals(s, StringComparison.OrdinalIgnoreCase));
                    if (matches && !filter.MayStartAt(text, 0))
                    {
                        missed.Add(text);
                    }
                }
            }
        }

        missed.ShouldBeEmpty();
    }
}
