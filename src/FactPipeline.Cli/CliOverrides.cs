namespace FactPipeline.Cli;

/// <summary>Settings a command's options override.</summary>
internal static class CliOverrides
{
    /// <summary><c>--db PATH</c>: <c>Storage:DatabasePath</c>, relative to the session's working directory.</summary>
    public static Dictionary<string, string?> Database(string? path, CliSession session)
    {
        var overrides = new Dictionary<string, string?>();
        if (path is not null)
        {
            overrides["Storage:DatabasePath"] = Path.GetFullPath(path, session.WorkingDirectory);
        }
        return overrides;
    }
}
