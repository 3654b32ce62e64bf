using FactPipeline.Core.Accounts;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Tests.Web;

/// <summary>The desk in process (WebApplicationFactory) over its own database file, with users added as the CLI adds them.</summary>
internal sealed class DeskFactory : WebApplicationFactory<FactPipeline.Web.Pages.IndexModel> // any public type of the desk's assembly
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
