namespace FactPipeline.Cli;

/// <summary>What the native (Native AOT) build leaves out, and how to get it.</summary>
internal static class NativeBuild
{
    public static string NotIncluded(string command) =>
        $"error: {command} is not part of the native build (Razor Pages and Hangfire need the JIT): run `dotnet run --project src/FactPipeline.Cli -- {command}`, or publish without -p:PublishAot=true";
}
