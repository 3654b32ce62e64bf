namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// An unordered pair of claim indexes as one long, with a hash that mixes both halves. The default hash of a long
/// XORs its halves, and neighbouring indexes (i, i+1…) then collide by the million.
/// </summary>
internal sealed class PairKey : IEqualityComparer<long>
{
    public static readonly PairKey Comparer = new();

    public static long Of(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long key)
    {
        // SplitMix64 finaliser: every input bit reaches every output bit.
        var z = (ulong)key + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)(z ^ (z >> 31));
    }
}
