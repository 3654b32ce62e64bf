using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Storage;

namespace FactPipeline.Core.Tests.Storage;

/// <summary>
/// The generated serialisers write the columns exactly as the reflection serialiser with default options wrote them
/// before: stores written by earlier builds stay readable and reuse keys over stored text stay equal.
/// </summary>
public sealed class StorageJsonTests
{
    private static readonly string[] Words = ["Dana \"Hijau\"", "예산", "quỹ", "</script>", ""];

    [Fact]
    public void Serialize_WordLists_SameTextAsReflection()
    {
        IReadOnlyList<string> words = Words;

        JsonSerializer.Serialize(words, StorageJson.Default.IReadOnlyListString).ShouldBe(JsonSerializer.Serialize(words));
        JsonSerializer.Serialize(Words.Select(w => w), StorageJson.Default.IEnumerableString).ShouldBe(JsonSerializer.Serialize(Words.Select(w => w)));
        JsonSerializer.Serialize(Words, StorageJson.Default.StringArray).ShouldBe(JsonSerializer.Serialize(Words));
    }

    [Fact]
    public void Serialize_ClaimAbout_SameTextAsReflectionAndReadsBackEqual()
    {
        var scope = new ClaimScope
        {
            Basis = ScopeBasis.Total, Rate = ScopeRate.PerYear, SpanYears = 5, IsPart = true, IsHistorical = true, IsAsOf = true,
            Month = 3, SubPeriod = 2, Status = ScopeStatus.Planned,
        };
        var about = new ClaimRow.About("s-1", "Dinas Kelautan", SubjectSource.Context, scope, 12.50m, ["anggaran", "예산"], ["Surabaya"]);
        var empty = new ClaimRow.About(null, null, SubjectSource.None, ClaimScope.Unspecified, null, null, null);

        foreach (var value in new[] { about, empty })
        {
            var generated = JsonSerializer.Serialize(value, StorageJson.Default.About);
            generated.ShouldBe(JsonSerializer.Serialize(value));
            var read = JsonSerializer.Deserialize(generated, StorageJson.Default.About)!;
            read.Scope.ShouldBe(value.Scope);
            read.Whole.ShouldBe(value.Whole);
            (read.SentenceMeasures ?? []).ShouldBe(value.SentenceMeasures ?? []);
        }
    }

    [Fact]
    public void Serialize_CanonicalPhrasingMetadataAndFindingReferences_SameTextAsReflection()
    {
        var canonical = new CanonicalPhrasing("Port of Tanjung Priok", null, "2025", "v3");
        var metadata = new ArticleRow.Metadata("Rina Saputra", "Warta Pelabuhan", null, "2025-03-04");
        CheckedFindingsJson.Reference[] rows =
        [
            new("f-1", "0a1b2c3d4e5f6a7b", null),
            new("f-2", "1a1b2c3d4e5f6a7b", "llm:MatchClaims@0a1b2c3d: 같은 선박 수"),
        ];

        JsonSerializer.Serialize(canonical, StorageJson.Default.CanonicalPhrasing).ShouldBe(JsonSerializer.Serialize(canonical));
        JsonSerializer.Serialize(metadata, StorageJson.Default.Metadata).ShouldBe(JsonSerializer.Serialize(metadata));
        JsonSerializer.Serialize(rows, StorageJson.Default.ReferenceArray).ShouldBe(JsonSerializer.Serialize(rows.AsEnumerable()));
    }
}
