namespace FactPipeline.Core.Extraction;

/// <summary>Tells which language a text is written in, from the text alone.</summary>
public interface ILanguageIdentifier
{
    /// <summary>
    /// The most likely ISO 639-1 language of <paramref name="text"/> with its confidence and the runners-up;
    /// <see cref="LanguageGuess.Undetermined"/> when there is too little text to tell.
    /// </summary>
    LanguageGuess Identify(string text);
}

/// <summary>
/// What the text says about its language: the best ISO 639-1 code and a probability per candidate (summing to
/// at most 1). A script decision (Hangul, kana) is certain: confidence 1.
/// </summary>
public sealed record LanguageGuess(string Language, IReadOnlyDictionary<string, double> Confidences)
{
    public static readonly LanguageGuess Undetermined = new(Model.SupportedLanguages.Undetermined, new Dictionary<string, double>());

    public static LanguageGuess Certain(string language) => new(language, new Dictionary<string, double> { [language] = 1.0 });

    public bool IsUndetermined => Language == Model.SupportedLanguages.Undetermined;

    /// <summary>Probability of the best language.</summary>
    public double Confidence => ConfidenceOf(Language);

    public double ConfidenceOf(string language) => Confidences.GetValueOrDefault(language);
}
