using System.Text.Json;
using FactPipeline.Core.Review;
using FactPipeline.Core.Review.Exports;
using static FactPipeline.Core.Tests.Review.Exports.ExportFixtures;

namespace FactPipeline.Core.Tests.Review.Exports;

public sealed class ClaimReviewWriterTests
{
    private static readonly OrganisationOptions Organisation = new() { Name = "Desk Cek Fakta", Url = "https://cekfakta.example", DeskUrl = "https://desk.cekfakta.example/" };

    private static JsonElement Write(params FindingDetail[] findings)
    {
        using var file = new MemoryStream();
        ClaimReviewWriter.Write(file, findings, Organisation);
        return JsonDocument.Parse(file.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Write_ConfirmedFinding_IsAClaimReviewWithTheSchemaOrgShape()
    {
        var review = Write(Hostile(ReviewStatus.Confirmed, Decision(2, ReviewStatus.Confirmed))).EnumerateArray().ShouldHaveSingleItem();

        review.GetProperty("@context")[0].GetString().ShouldBe("https://schema.org");
        review.GetProperty("@context")[1].GetProperty("factpipeline").GetString().ShouldBe("urn:factpipeline:");
        review.GetProperty("@type").GetString().ShouldBe("ClaimReview");
        review.GetProperty("url").GetString().ShouldBe("https://desk.cekfakta.example/findings/f1");
        review.GetProperty("datePublished").GetString().ShouldBe("2026-11-23");
        review.GetProperty("claimReviewed").GetString().ShouldBe(
            $"budget (KRW): kompas.com: 10,4 triliun won; chosun.com: 12조 원; press, release.txt: -5 persen");
        var author = review.GetProperty("author");
        author.GetProperty("@type").GetString().ShouldBe("Organization");
        author.GetProperty("name").GetString().ShouldBe("Desk Cek Fakta");
        author.GetProperty("url").GetString().ShouldBe("https://cekfakta.example");
        review.GetProperty("reviewRating").GetProperty("@type").GetString().ShouldBe("Rating");
        review.GetProperty("reviewRating").GetProperty("alternateName").GetString().ShouldBe("Conflicting figures");
    }

    [Fact]
    public void Write_Claim_HasAnAppearancePerWebSourceWithTitleAndDate()
    {
        var review = Write(Hostile(ReviewStatus.Confirmed, Decision(2, ReviewStatus.Confirmed)))[0];

        var claim = review.GetProperty("itemReviewed");
        claim.GetProperty("@type").GetString().ShouldBe("Claim");
        var appearances = claim.GetProperty("appearance").EnumerateArray().ToArray();
        // The local file is no address a reader can open.
        appearances.Select(a => a.GetProperty("url").GetString()).ShouldBe(["https://www.kompas.com/read/1", "https://www.chosun.com/a/2"]);
        appearances[1].GetProperty("@type").GetString().ShouldBe("CreativeWork");
        appearances[1].GetProperty("headline").GetString().ShouldBe("예산 12조");
        appearances[1].GetProperty("datePublished").GetString().ShouldBe("2026-11-18");
        appearances[1].GetProperty("inLanguage").GetString().ShouldBe("ko");
    }

    [Fact]
    public void Write_Figures_AreInTheNamespacedExtensionAsPropertyValues()
    {
        var review = Write(Hostile(ReviewStatus.Confirmed, Decision(2, ReviewStatus.Confirmed)))[0];

        var figures = review.GetProperty(ClaimReviewWriter.FiguresProperty).EnumerateArray().ToArray();
        figures.Length.ShouldBe(3);
        figures[0].GetProperty("@type").GetString().ShouldBe("PropertyValue");
        figures[0].GetProperty("name").GetString().ShouldBe("kompas.com");
        figures[0].GetProperty("value").GetString().ShouldBe("10,4 triliun won");
        figures[0].GetProperty("description").GetString().ShouldBe(Formula);
        figures[2].TryGetProperty("url", out _).ShouldBeFalse();
        figures[2].GetProperty("description").GetString().ShouldBe("Turun 5 persen,\nkata \"menteri\".");
    }

    [Fact]
    public void Write_SourceError_RatingSaysWhichSourceAndWhatThePrimarySourceSays()
    {
        var decision = Decision(2, ReviewStatus.SourceError, error: new SourceErrorDetails("c2", "10,4 triliun", null));

        var review = Write(Hostile(ReviewStatus.SourceError, decision))[0];

        review.GetProperty("reviewRating").GetProperty("alternateName").GetString()
            .ShouldBe("Source error: chosun.com says 12조 원, primary source says 10,4 triliun");
    }

    [Fact]
    public void Write_OpenAndDismissedFindings_AreLeftOut()
    {
        Write(Hostile(), Hostile(ReviewStatus.Dismissed, Decision(2, ReviewStatus.Dismissed))).GetArrayLength().ShouldBe(0);
    }

    /// <summary>
    /// No JSON-LD processor is on the package mirror, so this expands the keys the way one would with this context:
    /// keywords stay, "factpipeline:x" becomes "urn:factpipeline:x", every other term is schema.org's (its context's
    /// @vocab). Each must be a schema.org term the review uses on purpose, so a typo cannot slip out as a new IRI.
    /// </summary>
    [Fact]
    public void Write_EveryKey_ExpandsToASchemaOrgTermOrOurNamespace()
    {
        string[] schemaTerms =
        [
            "url", "claimReviewed", "datePublished", "author", "name", "itemReviewed", "appearance", "headline", "inLanguage",
            "reviewRating", "alternateName", "value", "description",
        ];
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject().Where(p => p.Name != "@context"))
                {
                    expanded.Add(property.Name.StartsWith('@') ? property.Name
                        : property.Name.StartsWith(ClaimReviewWriter.Prefix + ":", StringComparison.Ordinal) ? ClaimReviewWriter.PrefixIri + property.Name[(ClaimReviewWriter.Prefix.Length + 1)..]
                        : schemaTerms.Contains(property.Name) ? "https://schema.org/" + property.Name
                        : throw new ShouldAssertException($"'{property.Name}' is no schema.org term the review means to use"));
                    Walk(property.Value);
                }
            }
        }

        Walk(Write(Hostile(ReviewStatus.Confirmed, Decision(2, ReviewStatus.Confirmed))));

        expanded.ShouldContain("https://schema.org/claimReviewed");
        expanded.ShouldContain("urn:factpipeline:figures");
    }
}
