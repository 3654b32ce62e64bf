using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace FactPipeline.Web;

/// <summary>
/// The desk's two languages. The culture cookie the switch writes wins; without it, the browser's Accept-Language;
/// otherwise English. No query-string provider: a shared link shows each editor the desk in their own language.
/// </summary>
public static class DeskLanguages
{
    public const string English = "en";

    public const string Korean = "ko";

    public static readonly IReadOnlyList<string> Supported = [English, Korean];

    /// <summary>How long the switch is remembered: a year, so an editor chooses once per browser.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    public static IServiceCollection AddDeskLanguages(this IServiceCollection services)
    {
        // DeskText's resources are Resources/DeskText*.resx, embedded as FactPipeline.Web.Resources.DeskText.
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [.. Supported.Select(CultureInfo.GetCultureInfo)];
            options.DefaultRequestCulture = new RequestCulture(English);
            // Numbers and dates follow the language too (both write 1,234.5; Korean dates read 2026. 12. 2.).
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
            options.ApplyCurrentCultureToResponseHeaders = true; // Content-Language
        });
        // Razor's encoder writes every character outside Basic Latin as &#x...; by default: a Korean page three times
        // its size, unreadable in its source and to tests. Markup characters (< > & " ') are encoded all the same.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary>The culture cookie for <paramref name="language"/>, as the cookie provider reads it back.</summary>
    public static void Remember(HttpContext context, string language) =>
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions
            {
                MaxAge = Remembered,
                Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/",
                // Lax, not Strict: the language should hold when an editor follows a link to the desk from mail.
                SameSite = SameSiteMode.Lax,
                // Only the server reads it; the desk runs no script that would need to.
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                // A preference the editor asked for, not tracking: set even where consent policy holds others back.
                IsEssential = true,
            });
}
