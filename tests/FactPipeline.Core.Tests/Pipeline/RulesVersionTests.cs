using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace FactPipeline.Core.Tests.Pipeline;

public sealed class RulesVersionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly (string Name, byte[] Content)[] CoreData = [.. RulesVersion.ExtractionData(typeof(RulesVersion).Assembly)];

    [Fact]
    public void Current_IsTheCodeConstantPlusTheHashOfCoresExtractionData()
    {
        RulesVersion.Current.ShouldBe(RulesVersion.Of(CoreData));
        RulesVersion.Current.ShouldStartWith(RulesVersion.Code + ":");
        RulesVersion.Current.ShouldNotContain(typeof(RulesVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12]);
    }

    [Fact]
    public void ExtractionData_HoldsLexiconsCuesAndUnits_NotTheReportGlossaryNorCrossCheckCues()
    {
        var names = CoreData.Select(f => f.Name).ToArray();

        names.ShouldContain("units.json");
        names.ShouldContain("measures.json");
        names.ShouldContain("scope-cues.json");
        names.ShouldContain("unit-classes.quantities.json");
        names.ShouldContain("malay-indonesian.markers.json");
        names.ShouldNotContain("names.glossary.json");
        names.ShouldNotContain("figure-roles.cues.json");
        // Both are embedded: left out of the version because of what they are, not because they are missing.
        typeof(RulesVersion).Assembly.GetManifestResourceNames().ShouldContain("names.glossary.json");
        typeof(RulesVersion).Assembly.GetManifestResourceNames().ShouldContain("figure-roles.cues.json");
    }

    [Fact]
    public void Of_OneByteOfAnExtractionFileChanged_GivesAnotherVersion()
    {
        var edited = CoreData.Select(f => f.Name == "units.json" ? (f.Name, Edited(f.Content)) : f).ToArray();

        RulesVersion.Of(edited).ShouldNotBe(RulesVersion.Of(CoreData));
    }

    [Fact]
    public void Of_SameFilesInAnotherOrder_GivesTheSameVersion()
    {
        RulesVersion.Of(CoreData.Reverse()).ShouldBe(RulesVersion.Of(CoreData));
    }

    [Fact]
    public void Of_BytesMovedFromOneFileToTheNext_GivesAnotherVersion()
    {
        var joined = new (string, byte[])[] { ("a.json", [1, 2, 3]), ("b.json", [4]) };
        var moved = new (string, byte[])[] { ("a.json", [1, 2]), ("b.json", [3, 4]) };

        RulesVersion.Of(moved).ShouldNotBe(RulesVersion.Of(joined));
    }

    [Fact]
    public async Task Run_StoresClaimsUnderTheRulesVersion_AndRedoesArticlesStoredUnderAnother()
    {
        using var harness = new PipelineHarness();
        var first = await harness.RunAsync(RepoPaths.Samples);
        var versions = await StoredVersionsAsync(harness.DatabasePath, null);
        versions.ShouldBe([RulesVersion.Current]);

        // As if the articles were stored before a lexicon was edited.
        await StoredVersionsAsync(harness.DatabasePath, "rules-1:000000000000");
        var redone = await harness.RunAsync(RepoPaths.Samples);

        redone.ReusedArticles.ShouldBe(0);
        (await StoredVersionsAsync(harness.DatabasePath, null)).ShouldBe([RulesVersion.Current]);
        redone.Report.Claims.Select(c => c.Id).ShouldBe(first.Report.Claims.Select(c => c.Id));
        (await harness.RunAsync(RepoPaths.Samples)).ReusedArticles.ShouldBe(first.Report.Articles.Count);
    }

    /// <param name="setTo">When given, every stored article's version is first set to it.</param>
    private static async Task<string[]> StoredVersionsAsync(string databasePath, string? setTo)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        if (setTo is not null)
        {
            command.CommandText = "UPDATE articles SET extractor_version = $v";
            command.Parameters.AddWithValue("$v", setTo);
            await command.ExecuteNonQueryAsync(Ct);
        }
        command.CommandText = "SELECT DISTINCT extractor_version FROM articles";
        var versions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            versions.Add(reader.GetString(0));
        }
        return [.. versions];
    }

    private static byte[] Edited(byte[] content)
    {
        var copy = content.ToArray();
        copy[^2] ^= 0x20;
        return copy;
    }
}
