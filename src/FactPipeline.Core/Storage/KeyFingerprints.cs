namespace FactPipeline.Core.Storage;

/// <summary>
/// A set of 64-bit fingerprints of strings: "certainly not there" when a key's fingerprint is missing, "maybe there"
/// otherwise. Tens of thousands of lookups that almost all miss (a new corpus against the store) are answered from
/// memory, and only a possible hit goes to the database to be sure. A million keys take about 20 MB.
/// </summary>
public sealed class KeyFingerprints
{
    private readonly HashSet<ulong> _fingerprints = [];

    public int Count => _fingerprints.Count;

    public void Add(string key) => _fingerprints.Add(Of(key));

    public bool MayContain(string key) => _fingerprints.Contains(Of(key));

    /// <summary>FNV-1a over the UTF-16 code units: stable across processes, unlike string.GetHashCode.</summary>
    private static ulong Of(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}

/// <param name="Articles">The ids of the articles whose claims were stored by the version.</param>
/// <param name="Documents">The keys of the documents remembered as one of those articles.</param>
public sealed record StoredKeys(KeyFingerprints Articles, KeyFingerprints Documents);
