using System.CommandLine;
using FactPipeline.Core.Fetching.Web;

namespace FactPipeline.Cli;

/// <summary>What the commands that read articles (run, extract, enqueue) share about their inputs.</summary>
internal static class CliInputs
{
    /// <summary>URLs as given; files and directories made absolute from the session's working directory.</summary>
    public static string[] Resolve(IEnumerable<string> inputs, CliSession session) =>
        [.. inputs.Select(input => WebSource.IsUrl(input) ? input : Path.GetFullPath(input, session.WorkingDirectory))];

    /// <summary><c>--allow-private-network</c>; <see cref="AllowPrivateNetwork(bool, Dictionary{string, string?})"/> applies it.</summary>
    public static Option<bool> AllowPrivateNetworkOption() => new("--allow-private-network")
    {
        Description = "Let URLs reach loopback, private and link-local addresses (intranets, local test servers).",
    };

    public static void AllowPrivateNetwork(bool allowed, Dictionary<string, string?> overrides)
    {
        if (allowed)
        {
            overrides["Fetching:AllowPrivateNetwork"] = "true";
        }
    }
}
