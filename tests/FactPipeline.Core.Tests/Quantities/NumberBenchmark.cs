using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactPipeline.Core.Model;
using FactPipeline.Core.Quantities;

namespace FactPipeline.Core.Tests.Quantities;

/// <summary>Pass rate of one benchmark file.</summary>
internal sealed record BenchmarkScore(string File, int Passed, int Total, int Skipped, IReadOnlyList<string> Failures)
{
    public double Rate => Total == 0 ? 1 : (double)Passed / Total;
}

/// <summary>
/// Scores the recognizer on the external number suites in ../shared/benchmarks/numbers.
/// Duckling (whole string): exactly one quantity, no digit of the input left outside its span, and its value,
/// currency and interval match the expected expression. Recognizers-Text (values): every expected result must be
/// matched by one of our quantities overlapping its span (when the spec gives one) with an equal amount (currency:
/// and the same ISO code); extra quantities are ignored; a case with no expected results passes when we return nothing.
/// </summary>
internal static partial class NumberBenchmark
{
    public static readonly string[] DucklingFiles =
        ["Numeral_ID", "Numeral_VI", "AmountOfMoney_ID", "AmountOfMoney_VI", "Numeral_KO", "AmountOfMoney_KO"];

    public static readonly (string Path, string Language, bool Currency)[] RecognizersFiles =
    [
        ("Number/English/NumberModel.json", "en", false),
        ("Number/Korean/NumberModel.json", "ko", false),
        ("NumberWithUnit/English/CurrencyModel.json", "en", true),
        ("NumberWithUnit/Korean/CurrencyModel.json", "ko", true),
    ];

    private static readonly QuantityRecognizer Recognizer = new();

    [GeneratedRegex(@"^(?<kind>simple|under|above)\s+(?<cur>\w+)\s+\(?(?<v>-?[\d.]+)\)?$")]
    private static partial Regex SimpleMoney();

    [GeneratedRegex(@"^between\s+(?<cur>\w+)\s*\(\s*(?<a>-?[\d.]+)\s*,\s*(?<b>-?[\d.]+)\s*\)$")]
    private static partial Regex BetweenMoney();

    [GeneratedRegex(@"^NumeralValue\s+\(?\s*(?<v>-?\s*[\d.]+)\s*\)?$")]
    private static partial Regex Numeral();

    public static BenchmarkScore ScoreDuckling(string folder, string name)
    {
        var language = name[^2..].ToLowerInvariant();
        int passed = 0, total = 0, skipped = 0;
        var failures = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(folder, name + ".jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var input = doc.RootElement.GetProperty("input").GetString()!;
            var expected = doc.RootElement.GetProperty("expected").GetString()!;
            var quantities = Recognizer.Recognize(input, language);
            bool? ok = DucklingMatches(input.Trim(), expected, quantities);
            if (ok is null)
            {
                skipped++;
                continue;
            }

            total++;
            if (ok.Value)
            {
                passed++;
            }
            else
            {
                failures.Add($"{input} => {expected} | got {Describe(quantities)}");
            }
        }

        return new BenchmarkScore($"duckling/{name}.jsonl", passed, total, skipped, failures);
    }

    private static bool? DucklingMatches(string input, string expected, IReadOnlyList<Quantity> quantities)
    {
        if (expected.StartsWith("NONE", StringComparison.Ordinal))
        {
            return quantities.Count == 0;
        }

        if (quantities.Count != 1)
        {
            return false;
        }

        var q = quantities[0];
        var outside = string.Concat(input.AsSpan(0, Math.Min(q.Start, input.Length)), input.AsSpan(Math.Min(q.End, input.Length)));
        if (outside.Any(char.IsAsciiDigit))
        {
            return false;
        }

        var numeral = Numeral().Match(expected);
        if (numeral.Success)
        {
            return q.Amount == Dec(numeral.Groups["v"].Value.Replace(" ", "", StringComparison.Ordinal));
        }

        var between = BetweenMoney().Match(expected);
        if (between.Success)
        {
            return IsCurrency(q, between.Groups["cur"].Value) && q.Hedge == Hedge.Range
                && q.Low == Dec(between.Groups["a"].Value) && q.High == Dec(between.Groups["b"].Value);
        }

        var simple = SimpleMoney().Match(expected);
        if (!simple.Success)
        {
            return null;
        }

        var value = Dec(simple.Groups["v"].Value);
        if (!IsCurrency(q, simple.Groups["cur"].Value))
        {
            return false;
        }

        return simple.Groups["kind"].Value switch
        {
            "simple" => q.Amount == value && q.Hedge is Hedge.None or Hedge.Approximately,
            "under" => q.High == value && q.Hedge is Hedge.AtMost or Hedge.Below,
            _ => q.Low == value && q.Hedge is Hedge.Above or Hedge.AtLeast, // duckling's "above" is a lower bound, strict or not
        };
    }

    /// <summary>Duckling's "Dollar" is a $ without a country: USD is accepted; "Pound" is GBP.</summary>
    private static bool IsCurrency(Quantity q, string duckling) =>
        q.Kind == QuantityKind.Money && q.Unit == duckling switch
        {
            "Dollar" => "USD",
            "Pound" => "GBP",
            "Cent" => "cent",
            _ => duckling,
        };

    public static BenchmarkScore ScoreRecognizers(string folder, string relativePath, string language, bool currency)
    {
        int passed = 0, total = 0, skipped = 0;
        var failures = new List<string>();
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "Specs", relativePath)));
        foreach (var test in doc.RootElement.EnumerateArray())
        {
            if (MentionsDotnet(test, "NotSupported") || MentionsDotnet(test, "NotSupportedByDesign")
                || (test.TryGetProperty("IgnoreResolution", out var ignore) && ignore.ValueKind == JsonValueKind.True))
            {
                skipped++;
                continue;
            }

            var input = test.GetProperty("Input").GetString()!;
            var results = test.GetProperty("Results").EnumerateArray().ToList();
            var quantities = Recognizer.Recognize(input, language);
            var relevant = currency ? quantities.Where(q => q.Kind == QuantityKind.Money).ToList() : quantities.ToList();
            bool ok;
            if (results.Count == 0)
            {
                ok = relevant.Count == 0;
            }
            else
            {
                var checkable = results.Where(r => ExpectedValue(r) is not null).ToList();
                if (checkable.Count == 0)
                {
                    skipped++;
                    continue;
                }

                ok = checkable.All(r => relevant.Any(q => Matches(q, r, currency)));
            }

            total++;
            if (ok)
            {
                passed++;
            }
            else
            {
                var wanted = string.Join(" | ", results.Select(r => $"{r.GetProperty("Text").GetString()}={ExpectedValue(r)}"));
                failures.Add($"{input} => {wanted} | got {Describe(quantities)}");
            }
        }

        return new BenchmarkScore($"recognizers/{relativePath}", passed, total, skipped, failures);
    }

    private static bool Matches(Quantity q, JsonElement result, bool currency)
    {
        var value = ExpectedValue(result)!.Value;
        var tolerance = Math.Max(1m, Math.Abs(value)) * 0.000000001m;
        if (Math.Abs(q.Amount - value) > tolerance)
        {
            return false;
        }

        if (result.TryGetProperty("Start", out var s) && result.TryGetProperty("End", out var e)
            && s.ValueKind == JsonValueKind.Number && e.ValueKind == JsonValueKind.Number
            && !(q.Start <= e.GetInt32() && q.End > s.GetInt32()))
        {
            return false;
        }

        if (currency && result.GetProperty("Resolution").TryGetProperty("isoCurrency", out var iso) && iso.ValueKind == JsonValueKind.String)
        {
            return q.Unit == iso.GetString();
        }

        return true;
    }

    private static decimal? ExpectedValue(JsonElement result)
    {
        if (!result.TryGetProperty("Resolution", out var resolution) || resolution.ValueKind != JsonValueKind.Object
            || !resolution.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    private static bool MentionsDotnet(JsonElement test, string property) =>
        test.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String
        && p.GetString()!.Contains("dotnet", StringComparison.OrdinalIgnoreCase);

    private static string Describe(IReadOnlyList<Quantity> quantities) =>
        quantities.Count == 0 ? "nothing" : string.Join(" | ", quantities.Select(q => $"[{q.Text}] {q.Kind} {q.Amount} {q.Unit} {q.Hedge} {q.Low}..{q.High}"));

    private static decimal Dec(string s) => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
