using System.Text.Json;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Cli;

/// <summary>
/// <c>extract</c> in process, over a fixture page (Fixtures/extract) read as a file and served on 127.0.0.1: one record
/// per input in each format, problems as records, nothing stored.
/// </summary>
public sealed class ExtractCommandTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();

    /// <summary>The database a run here would use (and extract must not touch).</summary>
    private string Database => _temp.File("facts.db");

    private Dictionary<string, string?> Settings => new() { ["Fetching:PolitenessDelay"] = "00:00:00", ["Storage:DatabasePath"] = Database };

    public void Dispose() => _temp.Dispose();

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "extract", name);

    private static readonly string[] Paragraphs =
    [
        "TELUK SIRIH — Pelabuhan Teluk Sirih resmi dibuka untuk kapal kargo pada Selasa, setelah pembangunan dermaga baru selesai lebih cepat dari jadwal.",
        "Dermaga sepanjang 320 meter itu dibangun dengan biaya Rp 1,2 triliun dan mampu melayani dua kapal sekaligus, kata kepala otoritas pelabuhan.",
        "Pemerintah daerah berharap arus barang ke pulau-pulau di sekitarnya menjadi lebih lancar dan harga bahan pokok turun.",
    ];

    private Task<CliResult> ExtractAsync(params string[] args) => CliRunner.RunAsync(_temp.Path, Settings, ["extract", .. args], Ct);

    private static JsonElement[] Lines(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    [Fact]
    public async Task Extract_HtmlFile_JsonlRecordWithEveryFieldAndTheBodyWithoutMenusOrFooter()
    {
        var result = await ExtractAsync(Fixture("pelabuhan.html"));

        result.ExitCode.ShouldBe(0, result.Errors);
        var record = Lines(result.Output).ShouldHaveSingleItem();
        string? Field(string name) => record.GetProperty(name).ValueKind == JsonValueKind.Null ? null : record.GetProperty(name).GetString();
        Field("source").ShouldBe(Fixture("pelabuhan.html"));
        Field("url").ShouldBe("https://warta-pesisir.example/ekonomi/pelabuhan-teluk-sirih");
        Field("title").ShouldBe("Pelabuhan Teluk Sirih Dibuka untuk Kapal Kargo");
        Field("author").ShouldBe("Ratna Kusumawati");
        Field("publishedAt").ShouldBe("2026-10-14");
        Field("modifiedAt").ShouldBe("2026-10-15");
        Field("language").ShouldBe("id");
        Field("siteName").ShouldBe("Warta Pesisir");
        Field("text").ShouldBe(string.Join("\n\n", Paragraphs));
        Field("problem").ShouldBeNull();
        File.Exists(Database).ShouldBeFalse("extract stores nothing");
    }

    [Fact]
    public async Task Extract_UrlOnLoopback_RefusedWithoutTheFlag_AndFetchedWholeEvenAfterARunStoredIt()
    {
        var site = Directory.CreateDirectory(_temp.File("site")).FullName;
        File.Copy(Fixture("pelabuhan.html"), Path.Combine(site, "pelabuhan.html"));
        await using var server = await TestNewsServer.StartAsync(site);
        var url = server.Url("/pelabuhan.html");

        var refused = await ExtractAsync(url);
        // A run first: it keeps the page's validators, and would get a 304 (nothing to extract) if extract sent them.
        var run = await CliRunner.RunAsync(_temp.Path, Settings, ["run", url, "--allow-private-network", "--out", _temp.File("out")], Ct);
        run.ExitCode.ShouldBe(0, run.Errors);
        File.Exists(Database).ShouldBeTrue("the run stored the page and its validators there");
        var allowed = await ExtractAsync(url, "--allow-private-network");

        refused.ExitCode.ShouldBe(1);
        var problem = Lines(refused.Output).ShouldHaveSingleItem();
        (problem.GetProperty("source").GetString(), problem.GetProperty("text").ValueKind).ShouldBe((url, JsonValueKind.Null));
        problem.GetProperty("problem").GetString().ShouldNotBeNullOrWhiteSpace();
        allowed.ExitCode.ShouldBe(0, allowed.Errors);
        Lines(allowed.Output).ShouldHaveSingleItem().GetProperty("text").GetString().ShouldBe(string.Join("\n\n", Paragraphs),
            "no conditional GET: extract gets the whole page even after a run stored it");
    }

    [Fact]
    public async Task Extract_MissingFileNextToAGoodOne_RecordNamingItAndExitOne()
    {
        var missing = _temp.File("no-such-page.html");

        var result = await ExtractAsync(Fixture("pelabuhan.html"), missing);

        result.ExitCode.ShouldBe(1);
        var records = Lines(result.Output);
        records.Length.ShouldBe(2);
        records[0].GetProperty("problem").ValueKind.ShouldBe(JsonValueKind.Null);
        (records[1].GetProperty("source").GetString(), records[1].GetProperty("title").ValueKind).ShouldBe((missing, JsonValueKind.Null));
        records[1].GetProperty("problem").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Extract_FormatJsonToAFile_OneArrayOfTheRecords()
    {
        var output = _temp.File("records.json");

        var result = await ExtractAsync(Fixture("pelabuhan.html"), _temp.File("gone.html"), "--format", "json", "--out", output);

        result.ExitCode.ShouldBe(1);
        result.Output.ShouldBeEmpty("the records went to the file");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output, Ct));
        json.RootElement.EnumerateArray().Select(r => r.GetProperty("title").ValueKind == JsonValueKind.Null ? null : r.GetProperty("title").GetString())
            .ShouldBe(["Pelabuhan Teluk Sirih Dibuka untuk Kapal Kargo", null]);
    }

    [Fact]
    public async Task Extract_FormatText_TheParagraphsAloneSeparatedByBlankLines()
    {
        var result = await ExtractAsync(Fixture("pelabuhan.html"), "--format", "text");

        result.ExitCode.ShouldBe(0, result.Errors);
        result.Output.ShouldBe(string.Join("\n\n", Paragraphs) + "\n");
    }

    [Fact]
    public async Task Extract_FormatMarkdown_TitleHeadingBylineLineThenTheParagraphs()
    {
        var result = await ExtractAsync(Fixture("pelabuhan.html"), "--format", "markdown");

        result.ExitCode.ShouldBe(0, result.Errors);
        result.Output.ShouldBe(
            "# Pelabuhan Teluk Sirih Dibuka untuk Kapal Kargo\n\n"
            + "*Ratna Kusumawati · 2026-10-14 · Warta Pesisir · https://warta-pesisir.example/ekonomi/pelabuhan-teluk-sirih*\n\n"
            + string.Join("\n\n", Paragraphs) + "\n");
    }

    [Theory]
    [InlineData("--format", "xml", "--format 'xml' is not one of jsonl, json, text, markdown")]
    [InlineData("--out", "/no/such/folder/out.jsonl", "--out '/no/such/folder/out.jsonl'")]
    public async Task Extract_BadOption_ExitTwoNamingIt(string option, string value, string message)
    {
        var result = await ExtractAsync(Fixture("pelabuhan.html"), option, value);

        result.ExitCode.ShouldBe(2);
        result.Errors.ShouldContain(message);
        result.Output.ShouldBeEmpty();
    }
}
