using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// The version stored with an article's rule claims: <see cref="Code"/>, plus a hash of the data files the
/// extraction reads (lexicons, cue words, units, numerals…, embedded in Core). Editing a lexicon redoes the
/// stored claims on the next run; rebuilding Core, or editing what is read only after claims are stored (report
/// glossary, cross-check cues), does not.
/// </summary>
public static class RulesVersion
{
    /// <summary>
    /// Raise when extraction code changes what it finds from the same data, or storage what it keeps of it: a rebuild
    /// alone never does. rules-2: claims keep whether their subject is a facility (claims stored before came back
    /// without it, so the cross-check's facility rules never saw it in a run).
    /// </summary>
    public const string Code = "rules-2";

    /// <summary>
    /// Suffixes of the embedded resources read only after claims are stored: the digest glossary
    /// (Summaries/Digest/*.glossary.json) and the cross-check cues (CrossCheck/*.cues.json). Every other embedded
    /// JSON resource counts, so a new extraction data file counts without being listed here.
    /// </summary>
    private static readonly string[] ReadAfterClaims = [".glossary.json", ".cues.json"];

    /// <summary>The version of the rules in this build of Core.</summary>
    public static string Current { get; } = Of(ExtractionData(typeof(RulesVersion).Assembly));

    /// <summary>True when the embedded resource is data the extraction reads (so it is part of the version).</summary>
    public static bool IsExtractionData(string resource) =>
        resource.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        && !ReadAfterClaims.Any(suffix => resource.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// <see cref="Code"/> and the first 12 hex digits of a SHA-256 over the files' names and contents, in name order
    /// (so neither the order they come in nor moving bytes from one file to the next gives the same hash).
    /// </summary>
    public static string Of(IEnumerable<(string Name, byte[] Content)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, content) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            hash.AppendData(BitConverter.GetBytes(nameBytes.Length));
            hash.AppendData(nameBytes);
            hash.AppendData(BitConverter.GetBytes(content.LongLength));
            hash.AppendData(content);
        }
        return $"{Code}:{Convert.ToHexStringLower(hash.GetHashAndReset())[..12]}";
    }

    /// <summary>The assembly's embedded resources that <see cref="IsExtractionData"/>, with their bytes.</summary>
    internal static IEnumerable<(string Name, byte[] Content)> ExtractionData(Assembly assembly)
    {
        foreach (var name in assembly.GetManifestResourceNames().Where(IsExtractionData))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return (name, copy.ToArray());
        }
    }
}
