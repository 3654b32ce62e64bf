using System.Text;
using FactPipeline.Core.Storage;
using Shouldly;

namespace FactPipeline.Core.Tests.Storage;

public sealed class Utf8OrderTests
{
    [Fact]
    public void Compare_SurrogatePairAgainstFullwidthLetter_PutsThePairLast()
    {
        // "😀" (U+1F600, a surrogate pair in UTF-16) sorts before "Ａ" (U+FF21) by UTF-16 code units, after it by code point.
        string.CompareOrdinal("\U0001F600", "\uFF21").ShouldBeLessThan(0);
        Utf8Order.Instance.Compare("\U0001F600", "\uFF21").ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Compare_ManyStrings_OrdersAsTheirUtf8Bytes()
    {
        var alphabet = new[] { "a", "B", "é", "\uD7FF", "\uE000", "\uFF21", "\U0001F600", "\U00010000", "-", "" };
        var random = new Random(7);
        var strings = Enumerable.Range(0, 400)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => alphabet[random.Next(alphabet.Length)])))
            .ToArray();

        var byUtf8 = strings.OrderBy(s => Encoding.UTF8.GetBytes(s), Comparer<byte[]>.Create((x, y) => x.AsSpan().SequenceCompareTo(y))).ToArray();

        strings.OrderBy(s => s, Utf8Order.Instance).ShouldBe(byUtf8);
    }

    [Fact]
    public void Compare_Prefix_SortsFirst()
    {
        Utf8Order.Instance.Compare("ab", "abc").ShouldBeLessThan(0);
        Utf8Order.Instance.Compare("abc", "abc").ShouldBe(0);
        Utf8Order.Instance.Compare(null, "a").ShouldBeLessThan(0);
    }
}
