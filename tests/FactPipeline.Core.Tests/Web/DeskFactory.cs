using System.Net;
using System.Text.RegularExpressions;
using FactPipeline.Core.Accounts;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Tests.Web;

/// <summary>The desk in process (WebApplicationFactory) over its own database file, with users added as the CLI adds them.</summary>
internal sealed partial class DeskFactory : WebApplicationFactory<FactPipeline.Web.Pages.IndexModel> // any public type of the desk's assembly
{
    public const string Password = "correct horse battery";

    private readonly TempDirectory _temp = new();

    public string DatabasePath => _temp.File("desk.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = DatabasePath,
            ["Accounts:MaxFailedSignIns"] = "3",
        }));

    public async Task AddUserAsync(string name, UserRole role) =>
        await Services.GetRequiredService<AccountService>().AddAsync(name, role, Password);

    /// <summary>A client that keeps cookies and does not follow redirects, so a test sees each answer.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A <see cref="Browser()"/> whose every request asks for <paramref name="acceptLanguage"/> (ko-KR,ko;q=0.9).</summary>
    public HttpClient Browser(string acceptLanguage)
    {
        var browser = Browser();
        browser.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        return browser;
    }

    /// <summary>The antiforgery token of the form on <paramref name="path"/>, as a browser would post it back.</summary>
    public static async Task<string> TokenAsync(HttpClient browser, string path, CancellationToken cancellationToken)
    {
        var page = await browser.GetStringAsync(path, cancellationToken);
        return TokenField().Match(page) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"no antiforgery token on {path}");
    }

    /// <summary>The sign-in form filled in and posted with its token.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(
        HttpClient browser, string name, string password, string? returnUrl, CancellationToken cancellationToken)
    {
        var token = await TokenAsync(browser, "/account/sign-in", cancellationToken);
        return await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = returnUrl ?? "",
            ["__RequestVerificationToken"] = token,
        }), cancellationToken);
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)" """)]
    private static partial Regex TokenField();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _temp.Dispose();
        }
    }
}
