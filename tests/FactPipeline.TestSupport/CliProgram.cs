namespace FactPipeline.TestSupport;

/// <summary>
/// Where the built CLI lives. It is started from its own output folder: the test folder's runtimeconfig
/// includes ASP.NET Core (for the test web server), so assemblies the CLI needs are not copied next to the tests.
/// </summary>
public static class CliProgram
{
    public static string DllPath { get; } = Find();

    private static string Find()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBin.Name;                 // net10.0
        var configuration = testBin.Parent!.Name;     // Debug or Release
        var own = Path.Combine(RepoPaths.Root, "src", "FactPipeline.Cli", "bin", configuration, framework, "factpipeline.dll");
        return File.Exists(own) ? own : Path.Combine(AppContext.BaseDirectory, "factpipeline.dll");
    }
}
