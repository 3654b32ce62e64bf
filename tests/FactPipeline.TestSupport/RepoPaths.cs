namespace FactPipeline.TestSupport;

/// <summary>Locates the repository (the folder with FactPipeline.sln) and the shared data beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The seed articles in ../shared/corpus/seeds, or null where this checkout has no shared folder.</summary>
    public static string? Seeds => FindShared(Path.Combine("corpus", "seeds"));

    /// <summary>A folder under ../shared (or any ancestor's shared/), or null when absent: tests then skip.</summary>
    public static string? FindShared(string relative)
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

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactPipeline.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("FactPipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
