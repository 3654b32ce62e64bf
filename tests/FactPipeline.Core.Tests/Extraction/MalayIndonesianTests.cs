using System.Text.Json;
using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class MalayIndonesianTests
{
    [Fact]
    public void Lean_MalaySentence_LeansMalay()
    {
        MalayIndonesian.Lean("Polis berkata mangsa kemalangan itu dihantar ke hospital selepas kejadian.").ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Lean_IndonesianSentence_LeansIndonesian()
    {
        MalayIndonesian.Lean("Polisi mengatakan korban kecelakaan itu dibawa ke rumah sakit karena luka berat.").ShouldBeLessThan(0);
    }

    [Fact]
    public void Lean_WordsBothUse_IsNeutral()
    {
        MalayIndonesian.Lean("Harga beras naik di pasar pagi ini.").ShouldBe(0);
    }

    [Fact]
    public void Lean_CurrencyPrefixGluedToAmount_Counts()
    {
        MalayIndonesian.Lean("RM450 juta").ShouldBe(1);
        MalayIndonesian.Lean("Rp450 juta").ShouldBe(-1);
    }

    [Fact]
    public void MarkersFile_EveryEntryIsOneLowerCaseWordOnOneSideOnly()
    {
        using var stream = typeof(MalayIndonesian).Assembly.GetManifestResourceStream("malay-indonesian.markers.json")!;
        using var json = JsonDocument.Parse(stream);
        var malay = json.RootElement.GetProperty("ms").EnumerateArray().Select(e => e.GetString()!).ToList();
        var indonesian = json.RootElement.GetProperty("id").EnumerateArray().Select(e => e.GetString()!).ToList();

        malay.Concat(indonesian).ShouldAllBe(word => word.Length > 1 && word.All(char.IsLower));
        malay.Intersect(indonesian).ShouldBeEmpty();
        malay.Count.ShouldBeGreaterThanOrEqualTo(50);
        indonesian.Count.ShouldBeGreaterThanOrEqualTo(50);
    }
}
