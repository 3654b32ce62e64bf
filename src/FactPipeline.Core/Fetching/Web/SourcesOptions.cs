using System.Diagnostics.CodeAnalysis;
using System.ComponentModel.DataAnnotations;

namespace FactPipeline.Core.Fetching.Web;

/// <summary>The "Sources" list: what <c>run</c> reads when it is given no inputs.</summary>
public sealed class SourcesOptions
{
    public const string SectionName = "Sources";

    public List<SourceDefinition> Sources { get; } = [];

    /// <summary>The URLs <c>run</c> reads when it is given no inputs.</summary>
    public IReadOnlyList<string> Urls => Sources.Select(s => s.Url).ToArray();

    /// <summary>The configured source for this URL (as written in the list), if any.</summary>
    public SourceDefinition? Find(string url) =>
        Sources.FirstOrDefault(s => string.Equals(s.Url, url, StringComparison.OrdinalIgnoreCase));

    /// <summary>DataAnnotations do not descend into list items; this does, naming the entry.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "SourceDefinition is Core's own type, not trimmed (AnnotatedOptionsValidator).")]
    internal IEnumerable<string> Validate()
    {
        for (var i = 0; i < Sources.Count; i++)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(Sources[i], new ValidationContext(Sources[i]), results, validateAllProperties: true))
            {
                foreach (var result in results)
                {
                    yield return $"Sources[{i}] ({Sources[i].Name}): {result.ErrorMessage}";
                }
            }
        }
    }
}
