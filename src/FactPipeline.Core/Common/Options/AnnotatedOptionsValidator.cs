using System.Diagnostics.CodeAnalysis;
using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Common.Options;

/// <summary>
/// Checks the data annotations (and <see cref="IValidatableObject"/>) of a settings class and of the settings objects
/// it holds (<c>Llm:Budget</c>, <c>Fetching:Resilience</c>), which the framework's ValidateDataAnnotations does not
/// descend into. Each failure names the configuration key it is about, because it is printed as the only line of
/// a run that refused to start.
/// </summary>
internal sealed class AnnotatedOptionsValidator<TOptions>(string sectionPath) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        if (name is not null && name != Microsoft.Extensions.Options.Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(options, sectionPath, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Reflection over the settings classes: they are Core's and the hosts' own types, which a Native AOT build does not
    // trim (TrimMode partial trims only the assemblies marked trimmable, the framework's).
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Settings types are in untrimmed assemblies.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Settings types are in untrimmed assemblies.")]
    private static void Check(object options, string path, List<string> failures)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.Any() ? result.MemberNames : [""];
            failures.AddRange(members.Select(m => $"{(m.Length == 0 ? path : path + ":" + m)}: {result.ErrorMessage}"));
        }
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (IsSettingsObject(property) && property.GetValue(options) is { } nested)
            {
                Check(nested, path + ":" + property.Name, failures);
            }
        }
    }

    // A nested settings class, declared where the options class or the shared ones (ResilienceOptions) are: not a
    // string, a collection or a framework type.
    private static bool IsSettingsObject(PropertyInfo property) =>
        property.GetIndexParameters().Length == 0
        && property.PropertyType is { IsClass: true } type
        && type != typeof(string)
        && !typeof(IEnumerable).IsAssignableFrom(type)
        && (type.Assembly == typeof(TOptions).Assembly || type.Assembly == typeof(ValidatedOptions).Assembly);
}
