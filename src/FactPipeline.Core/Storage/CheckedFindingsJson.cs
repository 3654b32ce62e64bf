using System.Globalization;
using System.Text.Json;
using FactPipeline.Core.Common;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Storage;

/// <summary>
/// A cross-check's findings as references to the findings table (check_results.findings_json): each finding's id,
/// a digest of everything the table holds of it, and its <see cref="Finding.MatchedBy"/> (which the table does not
/// hold), in the order of the list. The rows themselves are stored once, by the run (<see cref="SqliteFactStore.CompleteRunAsync"/>);
/// a copy of every row in the cache made it some 25 MB for 30,000 findings. A later run may update a finding of the
/// same id: its digest then no longer matches, and the cache entry is not used.
/// </summary>
internal static class CheckedFindingsJson
{
    internal sealed record Reference(string Id, string Digest, string? MatchedBy);

    public static byte[] Serialize(IReadOnlyList<Finding> findings) =>
        JsonSerializer.SerializeToUtf8Bytes(findings.AsParallel().AsOrdered().Select(f => new Reference(f.Id, Digest(f), f.MatchedBy)).ToArray(), StorageJson.Default.ReferenceArray);

    public static Reference[] Deserialize(byte[] utf8) =>
        JsonSerializer.Deserialize(utf8, StorageJson.Default.ReferenceArray) ?? [];

    /// <summary>
    /// Everything the findings table holds of a finding, hashed: what a finding read back must still be for the cache
    /// to give it. The difference as invariant text keeps its scale (12.50 is not 12.5), as the table does.
    /// </summary>
    public static string Digest(Finding finding) => StableId.Of(
        finding.Id, finding.Severity.ToString(), finding.Reason.ToString(), finding.Topic, finding.Concept is null ? "\u0000" : "=" + finding.Concept,
        string.Join('\u001e', finding.ClaimIds), finding.DifferencePercent.ToString(CultureInfo.InvariantCulture),
        finding.Explanation.En, finding.Explanation.Ko);
}
