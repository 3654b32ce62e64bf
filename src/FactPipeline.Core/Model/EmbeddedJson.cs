using System.Reflection;
using System.Text.Json;

namespace FactPipeline.Core.Model;

/// <summary>
/// Domain data shipped as JSON resources embedded in Core (lexicons, cue words, units): read once by each stage's
/// loader, with a clear error naming the resource when it is missing or empty.
/// </summary>
internal static class EmbeddedJson
{
    private static readonly JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    /// <param name="resource">The resource's logical name ("units.json").</param>
    /// <param name="options">Serializer options; property names match case-insensitively when none are given.</param>
    public static T Load<T>(string resource, JsonSerializerOptions? options = null)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        return JsonSerializer.Deserialize<T>(stream, options ?? CaseInsensitive)
            ?? throw new InvalidOperationException($"{resource} is empty.");
    }
}
