using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using FactPipeline.Core.Common;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace FactPipeline.Core.Llm;

/// <summary>
/// Reads Semantic Kernel prompt directories: <c>&lt;PromptsDirectory&gt;/&lt;Name&gt;/skprompt.txt</c> and
/// <c>config.json</c>. A prompt is re-read when either file's timestamp or size changes, so editing a prompt
/// between two runs of a long-lived host is picked up without a restart.
/// </summary>
public sealed class FilePromptProvider : IPromptProvider
{
    public const string TemplateFile = "skprompt.txt";
    public const string ConfigFile = "config.json";

    private readonly ConcurrentDictionary<string, (string Stamp, LlmPrompt Prompt)> _cache = new(StringComparer.Ordinal);

    public FilePromptProvider(IOptions<LlmOptions> options)
        : this(Resolve(options.Value.PromptsDirectory))
    {
    }

    public FilePromptProvider(string directory) => Directory = directory;

    /// <summary>The directory prompts are read from, after resolution.</summary>
    public string Directory { get; }

    public LlmPrompt? Find(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.IndexOfAny(['/', '\\']) >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            return null; // prompt names are directory names, never paths
        }
        var folder = Path.Combine(Directory, name);
        var template = new FileInfo(Path.Combine(folder, TemplateFile));
        var config = new FileInfo(Path.Combine(folder, ConfigFile));
        if (!template.Exists || !config.Exists)
        {
            return null;
        }
        var stamp = $"{template.LastWriteTimeUtc.Ticks}:{template.Length}:{config.LastWriteTimeUtc.Ticks}:{config.Length}";
        if (_cache.TryGetValue(name, out var cached) && cached.Stamp == stamp)
        {
            return cached.Prompt;
        }
        var prompt = Load(name, File.ReadAllBytes(template.FullName), File.ReadAllBytes(config.FullName));
        _cache[name] = (stamp, prompt);
        return prompt;
    }

    /// <summary>Builds a prompt from the two files' bytes; the version is the first 12 hex digits of SHA-256 over both.</summary>
    public static LlmPrompt Load(string name, byte[] template, byte[] config)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(config);
        PromptTemplateConfig parsed;
        try
        {
            parsed = PromptConfigJson.Parse(Encoding.UTF8.GetString(config));
        }
        catch (Exception e) when (e is ArgumentException or System.Text.Json.JsonException)
        {
            throw new SettingsException($"prompts/{name}/{ConfigFile}: {e.Message}", e);
        }
        parsed.Name ??= name;
        parsed.Template = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(template).TrimStart('\uFEFF');
        parsed.TemplateFormat = PromptTemplateConfig.SemanticKernelTemplateFormat;
        return new LlmPrompt(name, parsed, Version(template, config));
    }

    internal static string Version(byte[] template, byte[] config)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(template);
        sha.AppendData(config);
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }

    /// <summary>Relative paths: the working directory's folder when it exists, else the one next to the program.</summary>
    internal static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }
        var local = Path.GetFullPath(configured);
        return System.IO.Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, configured);
    }
}
