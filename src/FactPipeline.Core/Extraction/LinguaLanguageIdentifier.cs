using System.Text;
using Lingua;
using static Lingua.Language;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Language identification with Lingua (n-gram models, reliable on one sentence). Korean, Japanese and Chinese
/// are decided by script, and Vietnamese by its letters, before Lingua runs. Lingua then chooses among the
/// languages news in our sources is written in (few candidates: faster, and rare languages cannot win a short
/// text by accident). A text with many accented letters that this set calls Indonesian, English, Malay,
/// Tagalog or Dutch (languages written almost without them) is checked against every language Lingua knows, so
/// that Albanian or Finnish is not read as Indonesian. Long texts are identified on a bounded sample from three
/// places. Building the detectors is cheap; Lingua loads models on first use into a process-wide cache. Share
/// one instance (a DI singleton, or <see cref="Shared"/>). Thread-safe.
/// </summary>
public sealed class LinguaLanguageIdentifier : ILanguageIdentifier
{
    /// <summary>
    /// The languages Lingua chooses among first (keep the model list in FactPipeline.Core.csproj in step). Every
    /// Latin-script candidate costs a model lookup per n-gram of every text, so Vietnamese joins only for texts
    /// that have a letter only Vietnamese uses (clear Vietnamese is decided by its letters before Lingua runs;
    /// what is left is a short Vietnamese line, or another language quoting a Vietnamese name).
    /// </summary>
    internal static readonly Language[] Languages =
    [
        Indonesian, English, Korean, Chinese, Japanese,
        German, Spanish, French, Portuguese, Malay, Tagalog, Italian, Dutch,
        // Other scripts: cheap, since Lingua only scores the languages a text's script allows.
        Russian, Arabic, Thai, Hindi,
    ];

    /// <summary>Winners written with (almost) no accented letters: a text full of them is probably something else.</summary>
    private static readonly HashSet<string> PlainLatinLanguages = ["id", "en", "ms", "tl", "nl"];

    /// <summary>Share of letters with diacritics above which a plain-Latin winner is checked against every language.</summary>
    internal const double ForeignLetterShare = 0.02;

    /// <summary>Below this confidence, a plain-Latin answer on a text of <see cref="MinLengthToDoubt"/> characters is checked too.</summary>
    private const double SureConfidence = 0.9;

    /// <summary>One sentence is often answered unsurely and rightly; a paragraph seldom is.</summary>
    private const int MinLengthToDoubt = 120;

    /// <summary>The check against every language must be this sure to overrule the first answer.</summary>
    internal const double MinOverruleConfidence = 0.8;

    /// <summary>
    /// Letters Lingua reads from each of three places of a long text. Its cost grows with the length it reads,
    /// and a few lines decide any article; three windows of 50 letters keep the sample above 120 characters,
    /// where Lingua reads trigrams only (below, it reads all five n-gram sizes, slower and meant for short texts).
    /// </summary>
    internal const int SampleWindowLetters = 50;

    /// <summary>Fewer letters than this tell nothing ("AI", "GDP 5%").</summary>
    private const int MinLetters = 4;

    /// <summary>
    /// When no marker word decides (<see cref="MalayIndonesian"/>), Malay must be clearly ahead in Lingua's
    /// scores: at least 0.7, more than twice Indonesian's weight. Both mistakes cost (Indonesian taken for Malay
    /// loses the article's claims; Malay taken for Indonesian has "5,000" read as five), and Indonesian is what
    /// our sources mostly write.
    /// </summary>
    internal const double MinMalayConfidence = 0.70;

    private static readonly Lazy<LinguaLanguageIdentifier> SharedInstance = new(() => new LinguaLanguageIdentifier());

    /// <summary>Lowercase ISO 639-1 code of each Lingua language, by its number.</summary>
    private static readonly string[] IsoCodes = CodesByLanguage();

    // Lingua keeps its models in a process-wide cache, and so does the trigram scorer (LinguaNgramModel):
    // detectors over overlapping languages load them once. The scorers give Lingua's confidences, computed
    // without Lingua's per-lookup cost where Lingua reads trigrams only (every sample of a long text).
    private readonly TrigramLanguageScorer _detector = new(LanguageDetectorBuilder.FromLanguages(Languages).Build(), lowAccuracyMode: false);
    private readonly TrigramLanguageScorer _withVietnamese = new(LanguageDetectorBuilder.FromLanguages([.. Languages, Vietnamese]).Build(), lowAccuracyMode: false);

    // Trigrams only: all five n-gram sizes of 75 languages would take a gigabyte and a minute to load.
    private readonly TrigramLanguageScorer _everyLanguage = new(LanguageDetectorBuilder.FromAllLanguagesExcept(Latin).WithLowAccuracyMode().Build(), lowAccuracyMode: true);

    /// <summary>One process-wide instance for code that is not built by DI (tools, tests).</summary>
    public static LinguaLanguageIdentifier Shared => SharedInstance.Value;

    public LanguageGuess Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = Scripts.Count(text);
        if (counts.Letters < MinLetters)
        {
            return LanguageGuess.Undetermined;
        }
        if (Scripts.CjkLanguage(counts) is { } cjk)
        {
            return LanguageGuess.Certain(cjk);
        }
        if (Scripts.IsVietnamese(text))
        {
            return LanguageGuess.Certain("vi");
        }
        var sample = Sample(text, SampleWindowLetters);
        var confidences = Confidences(Scripts.HasVietnameseLetter(sample) ? _withVietnamese : _detector, sample);
        if (confidences.Count == 0)
        {
            // A script none of our languages is written in (Greek, Hebrew...): name it anyway.
            confidences = Confidences(_everyLanguage, sample);
        }
        if (confidences.Count == 0)
        {
            return LanguageGuess.Undetermined;
        }
        var best = confidences.MaxBy(pair => pair.Value).Key;
        if (PlainLatinLanguages.Contains(best) && LooksForeign(sample, confidences[best]))
        {
            var everyLanguage = Confidences(_everyLanguage, sample);
            var (other, confidence) = everyLanguage.MaxBy(pair => pair.Value);
            // Vietnamese is not taken from this check: its own letters decide it, and names carry them into other languages.
            if (other != best && other != "vi" && confidence >= MinOverruleConfidence && !IsMalayIndonesian(best, other))
            {
                (confidences, best) = (everyLanguage, other);
            }
        }
        if (best is "ms" or "id")
        {
            best = MalayOrIndonesian(text, confidences);
        }
        return new LanguageGuess(best, confidences);
    }

    /// <summary>
    /// Accented letters a plain-Latin language does not use, or (on a text long enough to judge) an unsure
    /// answer: Finnish with few ä in the sample comes out as a coin toss between Indonesian and Tagalog.
    /// </summary>
    private static bool LooksForeign(string sample, double confidence) =>
        Scripts.AccentedLetterShare(sample) >= ForeignLetterShare
        || (confidence < SureConfidence && sample.Length >= MinLengthToDoubt);

    private static bool IsMalayIndonesian(string one, string other) => one is "ms" or "id" && other is "ms" or "id";

    private static Dictionary<string, double> Confidences(TrigramLanguageScorer scorer, string sample)
    {
        var confidences = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (language, value) in scorer.ConfidenceValues(sample))
        {
            if (value > 0)
            {
                confidences[IsoCodes[(int)language]] = value;
            }
        }
        return confidences;
    }

    private static string[] CodesByLanguage()
    {
        var languages = Enum.GetValues<Language>();
        var codes = new string[languages.Max(language => (int)language) + 1];
        foreach (var language in languages)
        {
            codes[(int)language] = language.IsoCode6391().ToString().ToLowerInvariant();
        }
        return codes;
    }

    /// <summary>
    /// Lingua's models separate Malay from Indonesian poorly, so the marker words decide
    /// (<see cref="MalayIndonesian"/>); without any, Malay needs <see cref="MinMalayConfidence"/>. The pair's
    /// combined confidence goes to the winner.
    /// </summary>
    private static string MalayOrIndonesian(string text, Dictionary<string, double> confidences)
    {
        var malay = confidences.GetValueOrDefault("ms");
        var indonesian = confidences.GetValueOrDefault("id");
        var lean = MalayIndonesian.Lean(text);
        var winner = lean > 0 || (lean == 0 && malay >= MinMalayConfidence) ? "ms" : "id";
        confidences[winner] = malay + indonesian;
        confidences.Remove(winner == "ms" ? "id" : "ms");
        return winner;
    }

    /// <summary>
    /// The whole text when short (up to five times <paramref name="windowLetters"/> characters); otherwise three
    /// runs of whole words of about <paramref name="windowLetters"/> letters each, from the start (the lead), the
    /// middle and three quarters of the way in, so that one odd paragraph cannot decide alone.
    /// </summary>
    internal static string Sample(string text, int windowLetters)
    {
        if (text.Length <= windowLetters * 5)
        {
            return text;
        }
        var sample = new StringBuilder(windowLetters * 5);
        foreach (var from in (ReadOnlySpan<int>)[0, text.Length / 2, text.Length * 3 / 4])
        {
            // Whole words only: a cut word is an n-gram no language has.
            var start = from;
            while (start > 0 && start < text.Length && !char.IsWhiteSpace(text[start - 1]))
            {
                start++;
            }
            var end = start;
            var letters = 0;
            while (end < text.Length && (letters < windowLetters || !char.IsWhiteSpace(text[end])))
            {
                letters += char.IsLetter(text[end]) ? 1 : 0;
                end++;
            }
            sample.Append(text, start, end - start).Append(' ');
        }
        return sample.ToString();
    }
}
