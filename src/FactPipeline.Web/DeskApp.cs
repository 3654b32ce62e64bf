using FactPipeline.Core.Common.Options;
using FactPipeline.Core.Pipeline;
using FactPipeline.Worker;
using Hangfire;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace FactPipeline.Web;

/// <summary>
/// The review desk's composition, in one place: the pipeline's services over the configured store, Razor Pages,
/// cookie sign-in and roles, the security headers, and the desk's languages (English and Korean,
/// <see cref="DeskLanguages"/>). The CLI's <c>serve</c> and the tests build it the same way.
/// </summary>
public static class DeskApp
{
    /// <summary>The policy of pages and posts that change a finding: editors and admins.</summary>
    public const string Editors = "editors";

    /// <summary>The policy of user management and the job dashboard.</summary>
    public const string Admins = "admins";

    /// <summary>Where Hangfire's dashboard is, for admins.</summary>
    public const string JobsPath = "/jobs";

    /// <param name="overrides">Configuration keys applied last (<c>Storage:DatabasePath</c> from <c>serve --db</c>).</param>
    /// <param name="withJobs">Also run a job server and the nightly schedule, with the dashboard at <see cref="JobsPath"/> (<c>serve</c>).</param>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null, bool withJobs = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // The stylesheet next to the program, wherever it is started from (the CLI's serve, dotnet run, the tests).
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        // The command's settings, from the same places.
        builder.Configuration.AddFactPipelineSettings(builder.Environment.ContentRootPath);
        builder.Configuration.AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());
        builder.Services.AddDesk(builder.Configuration);
        if (withJobs)
        {
            builder.Services.AddFactPipelineJobs(builder.Configuration, JobsRole.Scheduler);
        }
        var app = builder.Build();
        app.UseDesk();
        if (withJobs)
        {
            app.MapJobsDashboard();
        }
        return app;
    }

    public static IServiceCollection AddDesk(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFactPipeline(configuration);
        services.AddHostedService<StoreInitializer>();
        services.AddRazorPages(options =>
        {
            // Everything needs a signed-in user but the sign-in page itself.
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/Account/SignIn");
            // The sign-in page has the language switch too.
            options.Conventions.AllowAnonymousToPage("/Account/Language");
            // Deciding is for editors: a viewer's post gets 403.
            options.Conventions.AuthorizePage("/Findings/Decision", Editors);
        })
        // The pages are found in this assembly also when another program (the CLI's serve) is the entry point.
        .AddApplicationPart(typeof(DeskApp).Assembly);
        services.AddDeskLanguages();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Cookie.Name = "factpipeline.desk";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // plain HTTP on 127.0.0.1 by default
            // The API answers a call without a session with 401, which a script can act on; pages still redirect.
            options.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }
                return Task.CompletedTask;
            };
            // A signed-in user without the role gets 403, not a redirect to a page that does not exist.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Editors, policy => policy.RequireRole(nameof(Core.Accounts.UserRole.Editor), nameof(Core.Accounts.UserRole.Admin)))
            .AddPolicy(Admins, policy => policy.RequireRole(nameof(Core.Accounts.UserRole.Admin)));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "factpipeline.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
        });
        return services;
    }

    public static WebApplication UseDesk(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        // Before the pages, so their labels, numbers and dates are in the request's language.
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapDeskEndpoints();
        return app;
    }

    /// <summary>Hangfire's dashboard at <see cref="JobsPath"/>: signed-in admins only (others are sent to sign in, or get 403).</summary>
    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard(JobsPath, new DashboardOptions
        {
            DashboardTitle = "FactPipeline jobs",
            AppPath = "/runs",
            // The endpoint's policy decides; the dashboard's own default (local requests only) would let any local user in.
            Authorization = [new AdminsOnlyDashboardFilter()],
        }).RequireAuthorization(Admins);
        return app;
    }
}
