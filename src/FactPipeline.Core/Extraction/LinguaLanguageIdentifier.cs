using System.Text;
using Lingua;
using static Lingua.Language;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Language identification with Lingua (n-gram models, reliable on one sentence), restricted to the languages
/// news in our sources is written in, so that rarer languages cannot win on a short text by accident. Korean,
/// Japanese and Chinese are decided by script, and Vietnamese by its letters, before Lingua runs. Long texts are identified on a bounded
/// sample taken from three places, so speed does not depend on article length and a header or footer in
/// another language cannot decide alone. Building the detector loads models: build one and share it
/// (a DI singleton, or <see cref="Shared"/>). Thread-safe.
/// </summary>
public sealed class LinguaLanguageIdentifier : ILanguageIdentifier
{
    /// <summary>
    /// The languages Lingua chooses among (keep the model list in FactPipeline.Core.csproj in step). Every
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

    /// <summary>
    /// Characters of text Lingua reads at most: its cost grows with the length it reads, and a few sentences
    /// decide any article (above 120 characters Lingua uses its trigram models only).
    /// </summary>
    internal const int MaxSampleChars = 240;

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

    // Lingua keeps its models in a process-wide cache: two detectors over overlapping languages load them once.
    private readonly LanguageDetector _detector = LanguageDetectorBuilder.FromLanguages(Languages).Build();
    private readonly LanguageDetector _withVietnamese = LanguageDetectorBuilder.FromLanguages([.. Languages, Vietnamese]).Build();

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
        var confidences = new Dictionary<string, double>(StringComparer.Ordinal);
        var sample = Sample(text, MaxSampleChars);
        var detector = Scripts.HasVietnameseLetter(sample) ? _withVietnamese : _detector;
        foreach (var (language, value) in detector.ComputeLanguageConfidenceValues(sample))
        {
            if (value > 0)
            {
                confidences[language.IsoCode6391().ToString().ToLowerInvariant()] = value;
            }
        }
        if (confidences.Count == 0)
        {
            return LanguageGuess.Undetermined;
        }
        var best = confidences.MaxBy(pair => pair.Value).Key;
        if (best is "ms" or "id")
        {
            best = MalayOrIndonesian(text, confidences);
        }
        return new LanguageGuess(best, confidences);
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
    /// The whole text when short; otherwise three windows (near the start, the middle, towards the end) cut at
    /// spaces, together <paramref name="maxChars"/> long.
    /// </summary>
    internal static string Sample(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }
        var window = maxChars / 3;
        var sample = new StringBuilder(maxChars + 3);
        foreach (var centre in (ReadOnlySpan<int>)[text.Length / 6, text.Length / 2, text.Length * 5 / 6])
        {
            var start = Math.Clamp(centre - (window / 2), 0, text.Length - window);
            var end = start + window;
            // Whole words only: a cut word is an n-gram no language has.
            var firstSpace = text.IndexOf(' ', start, end - start);
            var lastSpace = text.LastIndexOf(' ', end - 1, end - start);
            if (firstSpace >= 0 && lastSpace > firstSpace)
            {
                (start, end) = (firstSpace + 1, lastSpace);
            }
            sample.Append(text, start, end - start).Append(' ');
        }
        return sample.ToString();
    }
}
