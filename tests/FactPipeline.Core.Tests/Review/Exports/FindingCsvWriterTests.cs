using System.Text;
using FactPipeline.Core.Review;
using FactPipeline.Core.Review.Exports;
using static FactPipeline.Core.Tests.Review.Exports.ExportFixtures;

namespace FactPipeline.Core.Tests.Review.Exports;

public sealed class FindingCsvWriterTests
{
    private static byte[] Write(params FindingDetail[] findings)
    {
        using var file = new MemoryStream();
        FindingCsvWriter.Write(file, findings);
        return file.ToArray();
    }

    [Fact]
    public void Write_HostileFinding_RoundTripsCommasQuotesNewlinesAndKorean()
    {
        var (_, rows) = ReadCsv(Write(Hostile()));

        var row = rows.ShouldHaveSingleItem();
        row["id"].ShouldBe("f1");
        row["severity"].ShouldBe("conflict");
        row["status"].ShouldBe("open");
        row["subjects"].ShouldBe("anggaran; 예산");
        row["difference_percent"].ShouldBe("15.4");
        row["first_seen"].ShouldBe("2026-11-20T08:30:00Z");
        row["figure_2_outlet"].ShouldBe("chosun.com");
        row["figure_2_value"].ShouldBe("12조 원");
        row["figure_2_quote"].ShouldBe("정부는 예산을 \"12조 원\"으로, 늘렸다.");
        row["figure_3_source"].ShouldBe("/data/press, release.txt");
        row["figure_3_quote"].ShouldBe("Turun 5 persen,\nkata \"menteri\".");
        row["history"].ShouldBe("2026-11-20T08:30:00Z pipeline: first seen");
    }

    [Fact]
    public void Write_CellsStartingLikeAFormula_GetALeadingApostrophe()
    {
        var (_, rows) = ReadCsv(Write(Hostile()));

        var row = rows.ShouldHaveSingleItem();
        row["figure_1_quote"].ShouldBe("'" + Formula);
        row["figure_3_value"].ShouldBe("'-5 persen");
        // Only cells that start with one: a formula later in the text is harmless.
        row["figure_1_value"].ShouldBe("10,4 triliun won");
    }

    [Fact]
    public void Write_NoFindings_HeaderWithTwoFiguresAndAByteOrderMark()
    {
        var file = Write();

        file.AsSpan(0, 3).ToArray().ShouldBe(Encoding.UTF8.Preamble.ToArray());
        var (header, rows) = ReadCsv(file);
        rows.ShouldBeEmpty();
        header.ShouldBe(FindingCsvWriter.Header(2));
        header.ShouldContain("figure_2_quote");
        header.ShouldNotContain("figure_3_quote");
    }

    [Fact]
    public void Write_ThreeFigures_ColumnsForThreeEveryRowFilled()
    {
        var (header, rows) = ReadCsv(Write(Hostile()));

        header.ShouldBe(FindingCsvWriter.Header(3));
        header[^1].ShouldBe("history");
        rows[0]["figure_3_language"].ShouldBe("id");
    }

    [Fact]
    public void Write_SourceErrorDecision_NamesTheWrongFigureAndTheCorrectOne()
    {
        var decision = Decision(2, ReviewStatus.SourceError, "=1+1 checked the ministry's table",
            new SourceErrorDetails("c2", "10,4 triliun", "https://kemenkeu.go.id/apbn"));

        var row = ReadCsv(Write(Hostile(ReviewStatus.SourceError, decision))).Rows.ShouldHaveSingleItem();

        row["status"].ShouldBe("source-error");
        row["last_decision"].ShouldBe("source-error");
        row["last_decision_by"].ShouldBe("desk.editor");
        row["last_decision_at"].ShouldBe("2026-11-23T09:15:00Z");
        row["last_decision_note"].ShouldBe("'=1+1 checked the ministry's table");
        row["wrong_claim"].ShouldBe("chosun.com: 12조 원");
        row["correct_figure"].ShouldBe("10,4 triliun");
        row["primary_source"].ShouldBe("https://kemenkeu.go.id/apbn");
        row["history"].ShouldBe("2026-11-20T08:30:00Z pipeline: first seen\n2026-11-23T09:15:00Z desk.editor: decided: source-error");
    }
}
