namespace FactPipeline.Core.Tests.Quantities;

/// <summary>Locates the shared folder (benchmarks, corpora) that sits next to the repository: ../shared.</summary>
internal static class SharedFolder
{
    /// <summary>Walks up from the test binaries to a directory holding shared/<paramref name="relative"/>.</summary>
    public static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
