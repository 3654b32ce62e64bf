using System.Security.Claims;
using FactPipeline.Core.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactPipeline.Web.Pages.Findings;

/// <summary>
/// Records an editor's decision (POST only; editors and admins, see <see cref="DeskApp.AddDesk"/>), then sends the
/// browser back to the finding. A refused form is shown again with the reason, and nothing is written.
/// </summary>
public sealed class DecisionModel(ReviewDesk desk, Microsoft.Extensions.Localization.IStringLocalizer<DeskText> text) : PageModel
{
    [BindProperty(Name = "status")] public string? Status { get; set; }
    [BindProperty(Name = "note")] public string? Note { get; set; }
    [BindProperty(Name = "version")] public long Version { get; set; }
    [BindProperty(Name = "wrongClaimId")] public string? WrongClaimId { get; set; }
    [BindProperty(Name = "correctFigure")] public string? CorrectFigure { get; set; }
    [BindProperty(Name = "primarySourceUrl")] public string? PrimarySourceUrl { get; set; }

    public string Id { get; private set; } = "";

    public string? Problem { get; private set; }

    public IActionResult OnGet(string id) => RedirectToPage("/Findings/Finding", new { id });

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        Id = id;
        var actor = User.FindFirstValue(ClaimTypes.Name) ?? throw new InvalidOperationException("a signed-in user has a name");
        try
        {
            var outcome = await desk.DecideAsync(id, new DecisionForm(Status, Note, Version, WrongClaimId, CorrectFigure, PrimarySourceUrl), actor, cancellationToken);
            switch (outcome)
            {
                case DecisionOutcome.NotFound:
                    return NotFound();
                case DecisionOutcome.Stale:
                    Problem = text["Decision.Stale"];
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    return Page();
                default:
                    return RedirectToPage("/Findings/Finding", new { id });
            }
        }
        catch (ReviewException e)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
