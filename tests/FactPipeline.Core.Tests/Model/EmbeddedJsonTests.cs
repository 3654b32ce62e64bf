using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FactPipeline.Core.Claims;
using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Quantities;
using FactPipeline.Core.Summaries.Digest;

namespace FactPipeline.Core.Tests.Model;

/// <summary>
/// Every embedded data file reads through its generated context exactly as the reflection serialiser read it with
/// the options the loaders used before (names in any case; the lexicon also skips comments), and a missing resource
/// is still named in the error.
/// </summary>
public sealed class EmbeddedJsonTests
{
    private static readonly JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    private static readonly JsonSerializerOptions Lexicon = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private static readonly (string Resource, JsonTypeInfo TypeInfo, JsonSerializerOptions Before)[] Files =
    [
        ("bare-counts.json", ClaimsDataJson.Default.BareCountsFile, CaseInsensitive),
        ("cut-words.json", ClaimsDataJson.Default.CutWordsFile, CaseInsensitive),
        ("occurrences.json", ClaimsDataJson.Default.OccurrencesFile, CaseInsensitive),
        ("counters.json", ClaimsDataJson.Default.CountersFile, CaseInsensitive),
        ("change-words.json", ClaimsDataJson.Default.ChangeWordsFile, CaseInsensitive),
        ("units.json", ClaimsDataJson.Default.UnitsFile, CaseInsensitive),
        ("partitive-cues.json", ClaimsDataJson.Default.PartitiveCuesFile, CaseInsensitive),
        ("scope-cues.json", ClaimsDataJson.Default.ScopeCuesFile, CaseInsensitive),
        ("name-cues.json", ClaimsDataJson.Default.NameCuesFile, CaseInsensitive),
        ("unit-classes.quantities.json", QuantitiesDataJson.Default.UnitClassesFile, CaseInsensitive),
        ("figure-roles.cues.json", CrossCheckDataJson.Default.FigureRolesCues, CaseInsensitive),
        ("names.glossary.json", DigestDataJson.Default.GlossaryFile, CaseInsensitive),
        ("measures.json", LexiconJson.Default.MeasuresFile, Lexicon),
        ("places.json", LexiconJson.Default.EntitiesFile, Lexicon),
        ("places.aliases.json", LexiconJson.Default.EntitiesFile, Lexicon),
        ("subdivisions.json", LexiconJson.Default.EntitiesFile, Lexicon),
        ("organisations.json", LexiconJson.Default.EntitiesFile, Lexicon),
        ("entities.json", LexiconJson.Default.EntitiesFile, Lexicon),
    ];

    [Fact]
    public void Load_EveryDataFile_ReadsWhatReflectionReadWithTheOldOptions()
    {
        foreach (var (resource, typeInfo, before) in Files)
        {
            var generated = JsonSerializer.Deserialize(Read(resource), typeInfo);
            var reflected = JsonSerializer.Deserialize(Read(resource), typeInfo.Type, before);

            generated.ShouldNotBeNull(resource);
            // Written back by reflection, both readings give the same text: every member read alike.
            JsonSerializer.Serialize(generated, typeInfo.Type, CaseInsensitive)
                .ShouldBe(JsonSerializer.Serialize(reflected, typeInfo.Type, CaseInsensitive), resource);
        }
    }

    [Fact]
    public void Load_MissingResource_NamesIt()
    {
        Should.Throw<InvalidOperationException>(() => EmbeddedJson.Load("nothing.json", ClaimsDataJson.Default.UnitsFile))
            .Message.ShouldBe("Embedded resource nothing.json is missing.");
    }

    private static byte[] Read(string resource)
    {
        using var stream = typeof(EmbeddedJson).Assembly.GetManifestResourceStream(resource).ShouldNotBeNull(resource);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
