using FactPipeline.Core.Storage;

namespace FactPipeline.Core.Tests.Storage;

public sealed class KeyFingerprintsTests
{
    // Keys shaped like the store's: article ids and document keys are hex digests.
    private static string[] HexKeys(int count, int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[16];
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (keys.Count < count)
        {
            random.NextBytes(bytes);
            keys.Add(Convert.ToHexStringLower(bytes));
        }
        return [.. keys];
    }

    [Fact]
    public void MayContain_AddedKeys_IsTrueForEach()
    {
        var fingerprints = new KeyFingerprints();
        var keys = HexKeys(3_000, seed: 1);
        foreach (var key in keys)
        {
            fingerprints.Add(key);
        }

        keys.ShouldAllBe(key => fingerprints.MayContain(key));
    }

    [Fact]
    public void MayContain_KeysNeverAdded_IsFalseForEveryOneOfThousands()
    {
        var fingerprints = new KeyFingerprints();
        var added = HexKeys(3_000, seed: 1);
        foreach (var key in added)
        {
            fingerprints.Add(key);
        }
        // Other hex keys, and near misses of the added ones (one character changed, a prefix, a case change).
        var others = HexKeys(3_000, seed: 2).Except(added).ToArray();
        var nearMisses = added.Take(500).SelectMany(key => new[] { key[..^1] + (key[^1] == '0' ? '1' : '0'), key[..^1], key.ToUpperInvariant() });

        others.Length.ShouldBeGreaterThan(2_900);
        others.Concat(nearMisses).Where(fingerprints.MayContain).ShouldBeEmpty();
        fingerprints.MayContain("").ShouldBeFalse();
    }

    [Fact]
    public void Count_DistinctKeysAndRepeats_CountsEachDistinctKeyOnce()
    {
        var fingerprints = new KeyFingerprints();

        fingerprints.Add("a1");
        fingerprints.Add("a2");
        fingerprints.Add("a1");

        fingerprints.Count.ShouldBe(2);
        new KeyFingerprints().Count.ShouldBe(0);
    }

    [Fact]
    public void MayContain_KeyAddedToAnotherInstance_GivesTheSameAnswers()
    {
        var first = new KeyFingerprints();
        var second = new KeyFingerprints();
        var keys = HexKeys(200, seed: 3);
        foreach (var key in keys)
        {
            first.Add(key);
            // A new string instance with the same characters: equal by value, not by reference.
            second.Add(new string(key.AsSpan()));
        }
        var queries = keys.Concat(HexKeys(200, seed: 4)).ToArray();

        queries.Select(second.MayContain).ShouldBe(queries.Select(first.MayContain));
    }
}
