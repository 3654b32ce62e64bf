using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace FactPipeline.Core.Model;

/// <summary>
/// Domain data shipped as JSON resources embedded in Core (lexicons, cue words, units): read once by each stage's
/// loader, with a clear error naming the resource when it is missing or empty. Each file's shape is read through the
/// metadata a source-generated context of the loader's folder holds (<c>ClaimsDataJson</c>, <c>LexiconJson</c>...),
/// never by reflection, so the loaders work trimmed and compiled ahead of time.
/// </summary>
internal static class EmbeddedJson
{
    /// <param name="resource">The resource's logical name ("units.json").</param>
    /// <param name="typeInfo">The file shape's generated metadata, with the options its context was generated with
    /// (property names matched case-insensitively, as every data file has always been read).</param>
    public static T Load<T>(string resource, JsonTypeInfo<T> typeInfo)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        return JsonSerializer.Deserialize(stream, typeInfo)
            ?? throw new InvalidOperationException($"{resource} is empty.");
    }
}
