using Microsoft.Playwright;

namespace FactPipeline.TestSupport;

/// <summary>
/// Debian's chromium driven by Playwright, headless, with a profile of its own in a temp folder. Playwright never
/// downloads a browser here: it starts the executable of <see cref="ExecutablePath"/>, and where there is none the
/// caller skips (CI installs chromium in .ci/run, so it runs the browser tests).
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    /// <summary>The switches of scripts/screenshot-digests.sh: no GPU, and no calls home for updates or field trials.</summary>
    private static readonly string[] Switches =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];

    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _context;
    private readonly TempDirectory _profile;

    private Chromium(IPlaywright playwright, IBrowserContext context, TempDirectory profile)
    {
        _playwright = playwright;
        _context = context;
        _profile = profile;
    }

    /// <summary><c>FACTPIPELINE_CHROMIUM</c> when set, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("FACTPIPELINE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <param name="locale">The browser's language (navigator.language, Accept-Language): "ko-KR" for the Korean desk.</param>
    public static async Task<Chromium> LaunchAsync(string locale = "en-US")
    {
        var playwright = await Playwright.CreateAsync();
        var profile = new TempDirectory();
        try
        {
            // A persistent context is the only way to give the profile folder: Playwright refuses --user-data-dir in Args.
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.Path, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Switches,
                Locale = locale,
                // The locale alone sends "ko-KR"; the language on its own follows, as a Korean browser sends it.
                ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = $"{locale},{locale.Split('-')[0]};q=0.9" },
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            });
            return new Chromium(playwright, context, profile);
        }
        catch
        {
            profile.Dispose();
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A new tab with no cookies: test classes share one browser, and cookies are kept per host, not per port, so one
    /// test's desk sign-in would otherwise carry over to the next test's desk on 127.0.0.1.
    /// </summary>
    public async Task<ChromiumPage> NewPageAsync()
    {
        await _context.ClearCookiesAsync();
        return new ChromiumPage(await _context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        _playwright.Dispose();
        _profile.Dispose();
    }
}
