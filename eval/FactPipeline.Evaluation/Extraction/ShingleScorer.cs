using System.Globalization;
using System.Text;

namespace FactPipeline.Evaluation.Extraction;

/// <summary>Macro-averaged body-text scores over a set of pages.</summary>
public sealed record BodyScore(double Precision, double Recall, int Pages)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// The article-extraction-benchmark metric (scrapinghub evaluate.py): texts are tokenized as Python's Unicode
/// <c>\w+</c>, turned into a multiset of 4-token shingles (a text shorter than 4 tokens gives one shorter shingle,
/// an empty text the empty shingle), and per page tp/fp/fn are normalised by their sum. Precision is the mean of
/// tp/(tp+fp) over pages with tp+fp &gt; 0, recall the mean of tp/(tp+fn) over pages with tp+fn &gt; 0, and F1 is
/// computed from those two means.
/// </summary>
public static class ShingleScorer
{
    private const int ShingleSize = 4;

    public static BodyScore Score(IReadOnlyDictionary<string, string> truth, IReadOnlyDictionary<string, string?> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        var precisions = new List<double>();
        var recalls = new List<double>();
        foreach (var (key, expected) in truth)
        {
            var (tp, fp, fn) = ScorePage(expected, predicted.GetValueOrDefault(key));
            if (fp == 0 && fn == 0)
            {
                precisions.Add(1);
                recalls.Add(1);
                continue;
            }
            if (tp + fp > 0)
            {
                precisions.Add(tp / (tp + fp));
            }
            if (tp + fn > 0)
            {
                recalls.Add(tp / (tp + fn));
            }
        }
        return new BodyScore(precisions.Count == 0 ? 0 : precisions.Average(), recalls.Count == 0 ? 0 : recalls.Average(), truth.Count);
    }

    /// <summary>Normalised (tp, fp, fn) of one page.</summary>
    public static (double Tp, double Fp, double Fn) ScorePage(string? expected, string? predicted)
    {
        var truth = Shingles(expected);
        var prediction = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in prediction)
        {
            var trueCount = truth.GetValueOrDefault(shingle);
            tp += Math.Min(count, trueCount);
            fp += Math.Max(0, count - trueCount);
        }
        foreach (var (shingle, count) in truth)
        {
            fn += Math.Max(0, count - prediction.GetValueOrDefault(shingle));
        }
        var sum = tp + fp + fn;
        return sum > 0 ? (tp / sum, fp / sum, fn / sum) : (0, 0, 0);
    }

    /// <summary>One page's precision, recall and F1 from its normalised counts (<see cref="ScorePage"/>).</summary>
    public static (double Precision, double Recall, double F1) PageScores(string? expected, string? predicted)
    {
        var (tp, fp, fn) = ScorePage(expected, predicted);
        var precision = tp + fp > 0 ? tp / (tp + fp) : 0;
        var recall = tp + fn > 0 ? tp / (tp + fn) : 0;
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
    }

    public static Dictionary<string, int> Shingles(string? text)
    {
        var tokens = Tokenize(text ?? "");
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(ShingleSize));
            result[key] = result.GetValueOrDefault(key) + 1;
        }
        return result;
    }

    /// <summary>Python's <c>re.findall(r"\w+", text)</c> on a str: letters, any numeric character, underscore.</summary>
    public static List<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }
        return tokens;
    }

    private static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}
