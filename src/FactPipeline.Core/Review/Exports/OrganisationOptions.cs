using System.ComponentModel.DataAnnotations;

namespace FactPipeline.Core.Review.Exports;

/// <summary>
/// Who publishes the desk's verdicts (<c>Desk:Organisation</c>): the ClaimReview export names it as the author of every
/// review and links each review to its finding's page on the desk.
/// </summary>
public sealed class OrganisationOptions : IValidatableObject
{
    public const string SectionName = "Desk:Organisation";

    /// <summary>The organisation's name, as readers know it.</summary>
    [Required(AllowEmptyStrings = false)]
    [StringLength(200)] // not MaxLength: its reflection over Count is refused by the Native AOT build
    public string Name { get; set; } = "FactPipeline";

    /// <summary>The organisation's home page: an absolute http(s) URL.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Url { get; set; } = "https://github.com/factpipeline";

    /// <summary>
    /// Where readers reach the review desk (an absolute http(s) URL): a review's <c>url</c> is this plus
    /// <c>/findings/{id}</c>. A setting, not the request's address, so the web export and the CLI's write the same file.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string DeskUrl { get; set; } = "http://127.0.0.1:5080";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Outlet.IsWebLink(Url))
        {
            yield return new ValidationResult($"{SectionName}:Url must be an absolute http(s) URL (got '{Url}').", [nameof(Url)]);
        }
        if (!Outlet.IsWebLink(DeskUrl))
        {
            yield return new ValidationResult($"{SectionName}:DeskUrl must be an absolute http(s) URL (got '{DeskUrl}').", [nameof(DeskUrl)]);
        }
    }

    /// <summary>The desk page of a finding.</summary>
    public string FindingUrl(string id) => $"{DeskUrl.TrimEnd('/')}/findings/{Uri.EscapeDataString(id)}";
}
