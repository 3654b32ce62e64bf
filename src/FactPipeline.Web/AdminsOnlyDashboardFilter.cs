using Hangfire.Dashboard;

namespace FactPipeline.Web;

/// <summary>The dashboard's own check, behind the endpoint's policy: a signed-in admin, nobody else.</summary>
internal sealed class AdminsOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User.IsInRole(nameof(Core.Accounts.UserRole.Admin));
}
