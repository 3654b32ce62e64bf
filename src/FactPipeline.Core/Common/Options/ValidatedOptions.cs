using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Common.Options;

/// <summary>The one way a stage registers its settings: bound from a section, validated, checked when the host starts.</summary>
public static class ValidatedOptions
{
    private const DynamicallyAccessedMemberTypes SettingsMembers =
        DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicProperties;

    /// <summary>
    /// Binds <paramref name="sectionPath"/> to <typeparamref name="TOptions"/>, validates its data annotations (nested
    /// settings objects included, each failure naming its configuration key, e.g. <c>Fetching:Resilience:MaxAttempts</c>)
    /// and runs the validation when the host starts, so a bad value stops it before any work. Returns the builder
    /// for further Configure or Validate calls.
    /// </summary>
    // The reflection binder: the generated one (the configuration binding source generator) cannot bind a type
    // parameter. Options types are Core's and the hosts' own, which a Native AOT build does not trim, and hold
    // strings, numbers, spans, URIs and lists of those or of classes.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Settings types are in untrimmed assemblies.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Settings hold reference-type lists and scalars, bound without new generic code.")]
    public static OptionsBuilder<TOptions> AddValidatedOptions<[DynamicallyAccessedMembers(SettingsMembers)] TOptions>(this IServiceCollection services, IConfiguration configuration, string sectionPath)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(sectionPath);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new AnnotatedOptionsValidator<TOptions>(sectionPath)));
        return services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(sectionPath))
            .ValidateOnStart();
    }

    /// <summary>As <see cref="AddValidatedOptions{TOptions}"/>, plus <typeparamref name="TValidator"/> for the checks annotations cannot say.</summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<[DynamicallyAccessedMembers(SettingsMembers)] TOptions, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator>(this IServiceCollection services, IConfiguration configuration, string sectionPath)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        var builder = services.AddValidatedOptions<TOptions>(configuration, sectionPath);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return builder;
    }
}
