using System.Text;
using FactPipeline.Core.Extraction;
using FactPipeline.Core.Model;
using FactPipeline.Evaluation.Extraction;
using FactPipeline.TestSupport;
using Lingua;
using static Lingua.Language;

namespace FactPipeline.Core.Tests.Extraction;

/// <summary>
/// The scorer must give Lingua's own answer (same languages, same order, same doubles bit for bit) for the three
/// detectors LinguaLanguageIdentifier uses, on real texts and on generated ones full of traps.
/// </summary>
public sealed class TrigramLanguageScorerTests
{
    private static readonly Detector Main = new("main", LanguageDetectorBuilder.FromLanguages(LinguaLanguageIdentifier.Languages).Build(), false);
    private static readonly Detector WithVietnamese = new("with Vietnamese", LanguageDetectorBuilder.FromLanguages([.. LinguaLanguageIdentifier.Languages, Vietnamese]).Build(), false);
    private static readonly Detector EveryLanguage = new("every language", LanguageDetectorBuilder.FromAllLanguagesExcept(Latin).WithLowAccuracyMode().Build(), true);
    private static readonly Detector[] Detectors = [Main, WithVietnamese, EveryLanguage];

    private static readonly string LangIdFolder = LangIdCorpus.FindFolder() ?? throw new InvalidOperationException("eval/langid not found above the test output");

    [Fact]
    public void TryScore_EvalSentencesAloneAndJoined_MatchesLinguaBitForBit()
    {
        var sentences = LangIdCorpus.LoadSentences(LangIdFolder).Select(sentence => sentence.Text).ToList();
        // Joined in threes: long enough for Lingua's trigram path on every detector, in the same language or mixed.
        var joined = sentences.Chunk(3).Select(chunk => string.Join(" ", chunk))
            .Concat(sentences.Where((_, i) => i % 2 == 0).Zip(sentences.Where((_, i) => i % 2 == 1), (a, b) => a + "\n\n" + b));

        var scored = AssertSameAsLingua([.. sentences, .. joined]);

        scored[Main].Weighed.ShouldBeGreaterThan(50);
        scored[EveryLanguage].Weighed.ShouldBeGreaterThan(200);
    }

    [Fact]
    public void TryScore_SamplesOfExtractedPagesAndSampleFiles_MatchesLinguaBitForBit()
    {
        var extractor = new ArticleExtractor();
        var texts = new List<string>();
        foreach (var page in LangIdCorpus.LoadPages(LangIdFolder))
        {
            texts.AddRange(TextAndSample(extractor, page.File, page.Content));
        }
        foreach (var file in Directory.GetFiles(RepoPaths.Samples, "*.*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            texts.AddRange(TextAndSample(extractor, file, File.ReadAllBytes(file)));
        }
        foreach (var file in Directory.GetFiles(Fixtures.PathOf("Extraction"), "*.txt"))
        {
            var text = File.ReadAllText(file);
            texts.AddRange([text, LinguaLanguageIdentifier.Sample(text, LinguaLanguageIdentifier.SampleWindowLetters)]);
        }

        var scored = AssertSameAsLingua(texts);

        scored[Main].Weighed.ShouldBeGreaterThan(60);
    }

    [Fact]
    public void TryScore_GeneratedMixturesOfScriptsPunctuationNumbersAndSurrogates_MatchesLinguaBitForBit()
    {
        var random = new Random(20261201);
        var texts = Enumerable.Range(0, 1500).Select(_ => GeneratedText(random, random.Next(1, 500))).ToList();

        var scored = AssertSameAsLingua(texts);

        scored[Main].Scored.ShouldBeGreaterThan(500);
        scored[Main].Weighed.ShouldBeGreaterThan(200);
        scored[EveryLanguage].Scored.ShouldBe(texts.Count);
    }

    [Fact]
    public void TryScore_MostlyOneLanguageWithForeignWords_MatchesLinguaBitForBit()
    {
        var random = new Random(7);
        var texts = new List<string>();
        foreach (var words in (string[][])[IndonesianWords, EnglishWords, AccentedWords, CyrillicWords, VietnameseWords, CjkWords])
        {
            for (var n = 0; n < 150; n++)
            {
                var text = new StringBuilder();
                while (text.Length < random.Next(60, 400))
                {
                    var pool = random.Next(10) == 0 ? Pick(random, Pools) : words;
                    text.Append(Pick(random, pool)).Append(Pick(random, Separators));
                }
                texts.Add(text.ToString());
            }
        }

        var scored = AssertSameAsLingua(texts);

        scored[Main].Weighed.ShouldBeGreaterThan(150);
    }

    [Fact]
    public void TryScore_TextsAroundTheTrigramOnlyLength_MatchesLinguaAndLeavesShorterOnesToLingua()
    {
        var random = new Random(120);
        var texts = new List<string>();
        for (var n = 0; n < 40; n++)
        {
            var text = GeneratedText(random, 400, latinOnly: n % 2 == 0);
            // Every prefix whose cleaned-up length is 115 to 125 characters.
            for (var end = 1; end <= text.Length; end++)
            {
                var length = CleanedLength(text[..end]);
                if (length is >= 115 and <= 125)
                {
                    texts.Add(text[..end]);
                }
            }
        }

        AssertSameAsLingua(texts);

        foreach (var text in texts)
        {
            var onTrigramPath = CleanedLength(text) >= TrigramLanguageScorer.TrigramOnlyLength;
            (Main.Scorer.TryScore(text) is not null).ShouldBe(onTrigramPath, text);
            EveryLanguage.Scorer.TryScore(text).ShouldNotBeNull(text);
        }
        texts.Count(text => CleanedLength(text) == TrigramLanguageScorer.TrigramOnlyLength - 1).ShouldBeGreaterThan(10);
        texts.Count(text => CleanedLength(text) == TrigramLanguageScorer.TrigramOnlyLength).ShouldBeGreaterThan(10);
    }

    [Theory]
    [InlineData("Harga beras naik lagi minggu ini.")]
    [InlineData("Die Stadt will bis 2030 rund 600 neue Kita-Plätze schaffen.")]
    [InlineData("   Short   text, with 12 numbers!   ")]
    public void ConfidenceValues_TextOnLinguasHighAccuracyPath_IsLeftToLingua(string text)
    {
        Main.Scorer.TryScore(text).ShouldBeNull();

        Pairs(Main.Scorer.ConfidenceValues(text)).ShouldBe(Pairs(Main.Lingua.ComputeLanguageConfidenceValues(text)));
    }

    [Fact]
    public void ConfidenceValues_LongText_IsComputedHereAndEqualsLingua()
    {
        const string text = "Pemerintah kota berencana membangun tiga jembatan baru di atas sungai yang membelah pusat kota, dan pekerjaan dimulai awal tahun depan.";

        var scored = Main.Scorer.TryScore(text).ShouldNotBeNull();

        Pairs(scored).ShouldBe(Pairs(Main.Lingua.ComputeLanguageConfidenceValues(text)));
        scored[0].Key.ShouldBe(Indonesian);
    }

    private static IEnumerable<string> TextAndSample(ArticleExtractor extractor, string file, byte[] content)
    {
        var contentType = file.EndsWith(".html", StringComparison.Ordinal) ? "text/html" : "text/plain";
        if (extractor.Extract(new SourceDocument(file, content, contentType)).Article is not { } article)
        {
            return [];
        }
        return [article.Text, LinguaLanguageIdentifier.Sample(article.Text, LinguaLanguageIdentifier.SampleWindowLetters)];
    }

    /// <summary>
    /// Compares every text on every detector; returns how many each detector's scorer computed itself, and how many
    /// of those by weighing n-grams (two languages or more with a confidence, not a script rule's certainty).
    /// </summary>
    private static Dictionary<Detector, (int Scored, int Weighed)> AssertSameAsLingua(IReadOnlyList<string> texts)
    {
        var scored = Detectors.ToDictionary(detector => detector, _ => (Scored: 0, Weighed: 0));
        var differences = new List<string>();
        foreach (var text in texts)
        {
            foreach (var detector in Detectors)
            {
                var expected = Pairs(detector.Lingua.ComputeLanguageConfidenceValues(text));
                var mine = detector.Scorer.TryScore(text);
                var actual = Pairs(mine ?? detector.Scorer.ConfidenceValues(text));
                if (mine is not null)
                {
                    scored[detector] = (scored[detector].Scored + 1, scored[detector].Weighed + (mine.Count(pair => pair.Value > 0) > 1 ? 1 : 0));
                }
                if (!actual.SequenceEqual(expected))
                {
                    differences.Add($"{detector.Name}: \"{text}\"\n  Lingua {Format(expected)}\n  scorer {Format(actual)}");
                }
            }
        }
        differences.ShouldBeEmpty(string.Join("\n", differences.Take(5)));
        return scored;
    }

    private static (Language, long)[] Pairs(IEnumerable<KeyValuePair<Language, double>> values) =>
        values.Select(pair => (pair.Key, BitConverter.DoubleToInt64Bits(pair.Value))).ToArray();

    private static string Format((Language Language, long Bits)[] pairs) =>
        string.Join(", ", pairs.Where(pair => pair.Bits != 0).Select(pair => $"{pair.Language} {BitConverter.Int64BitsToDouble(pair.Bits):R}"));

    private static int CleanedLength(string text)
    {
        var buffer = Array.Empty<char>();
        return LinguaRules.CleanUp(text, ref buffer);
    }

    private static readonly string[] IndonesianWords = ["harga", "beras", "pemerintah", "kota", "membangun", "jembatan", "warga", "mengeluhkan", "jalan", "rusak", "tahun", "lalu", "Pemerintah", "PERUSAHAAN", "dan", "yang"];
    private static readonly string[] EnglishWords = ["the", "council", "will", "close", "bridge", "for", "three", "weeks", "repairs", "THE", "Council", "shares", "rallied", "don't", "it's"];
    private static readonly string[] AccentedWords = ["Straße", "größer", "año", "información", "ação", "über", "français", "ÉCOLE", "naïve", "Łódź", "žluťoučký", "ğüşıöç", "İstanbul", "ñandú", "Øresund", "ærø", "Åland", "Ärger", "Ýmir", "Đorđe", "ĳ", "ǅemal", "þing", "ţară", "Ōsaka", "ūdens", "Ђорђе", "Їжак"];
    private static readonly string[] CyrillicWords = ["правительство", "объявило", "щука", "їжак", "ґанок", "љубав", "ђак", "Эксперты", "ЁЛКА", "ӘӨҮ", "ЏЅ"];
    private static readonly string[] VietnameseWords = ["Việt", "phố", "đường", "tiếng", "Thành", "sẽ", "đóng", "cửa", "cây", "cầu", "trong", "ba", "tuần", "sửa", "chữa", "ẞ"];
    private static readonly string[] CjkWords = ["政府", "東京で", "ひらがな", "カタカナ", "정부는", "반도체와", "经济", "の", "ー", "㈜", "漢字かな"];
    private static readonly string[] OtherScriptWords = ["κυβέρνηση", "ממשלה", "الحكومة", "دولت", "رہنما", "รัฐบาล", "सरकार", "ळ", "կառավարություն", "მთავრობა", "সরকার", "அரசு", "ప్రభుత్వం", "ਸਰਕਾਰ", "સરકાર", "රජය", "መንግስት"];
    private static readonly string[] Oddities = ["😀", "👍🏽", "𝐀𝐁𝐂", "𐐀𐐁", "𠀀𠀁", "\uD800", "\uDC00x", "2024", "5,3%", "Rp14.500", "US$3", "½", "Ⅻ", "①", "٣", "x²", "$", "€", "+", "=", "<>", "|", "~", "^", "`", "©", "™", "°", "\u200B", "\u00AD", "a\u0301", "ﬁ", "Ǆ"];
    private static readonly string[] PunctuationMarks = [".", ",", ";", ":", "!", "?", "¿", "¡", "—", "–", "…", "«", "»", "“", "”", "'", "\"", "(", ")", "[", "]", "-", "/", "·", "、", "。", "！"];
    private static readonly string[] Separators = [" ", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u3000", ", ", ". ", "", "-"];
    private static readonly string[][] Pools = [IndonesianWords, EnglishWords, AccentedWords, CyrillicWords, VietnameseWords, CjkWords, OtherScriptWords, Oddities, PunctuationMarks];

    private static string GeneratedText(Random random, int length, bool latinOnly = false)
    {
        var text = new StringBuilder();
        if (random.Next(4) == 0)
        {
            text.Append(Pick(random, Separators));
        }
        while (text.Length < length)
        {
            var pool = latinOnly ? Pick(random, (string[][])[IndonesianWords, EnglishWords, AccentedWords, PunctuationMarks]) : Pick(random, Pools);
            text.Append(Pick(random, pool)).Append(Pick(random, Separators));
        }
        return text.ToString();
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private sealed record Detector(string Name, LanguageDetector Lingua, bool LowAccuracyMode)
    {
        public TrigramLanguageScorer Scorer { get; } = new(Lingua, LowAccuracyMode);
    }
}
