using FactPipeline.Core.Model;

namespace FactPipeline.Core.Tests.TestSupport;

/// <summary>
/// What the desk's tests run the pipeline on: the samples (one minor difference, several agreements) and the hostile
/// fixture (one conflict, markup in its title and sentence), so the queue has two flags of two severities to order.
/// </summary>
internal static class DeskInputs
{
    public static string Hostile { get; } = Path.Combine(RepoPaths.Root, "tests", "FactPipeline.Core.Tests", "Fixtures", "desk", "hostile");

    public static string[] Flagged { get; } = [RepoPaths.Samples, Hostile];

    /// <summary>What the desk tracks from a run: conflicts and minor differences.</summary>
    public static bool IsFlag(this Finding finding) => finding.Severity is Severity.Conflict or Severity.Minor or Severity.Correction;
}
