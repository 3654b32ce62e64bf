using Microsoft.ML.Tokenizers;

namespace FactPipeline.Core.Llm;

/// <summary>
/// Token counts as OpenAI's models count them, from the tiktoken vocabularies: o200k_base for the gpt-4o family
/// and the models after it (gpt-4.1, gpt-5, o1, o3, o4), cl100k_base for anything else (gpt-4, gpt-3.5, local
/// and unknown models, where it is the nearest common measure). Unlike characters ÷ 4 this does not undercount
/// Korean or Chinese. Each vocabulary is loaded once, on first use.
/// </summary>
public static class LlmTokenizer
{
    public const string O200kBase = "o200k_base";
    public const string Cl100kBase = "cl100k_base";

    private static readonly string[] O200kPrefixes = ["gpt-4o", "chatgpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "o1", "o3", "o4"];

    private static readonly Lazy<Tokenizer> O200k = new(() => TiktokenTokenizer.CreateForEncoding(O200kBase));
    private static readonly Lazy<Tokenizer> Cl100k = new(() => TiktokenTokenizer.CreateForEncoding(Cl100kBase));

    /// <summary>The vocabulary <paramref name="model"/> counts with (a deployment name that hides the model gets cl100k_base).</summary>
    public static string EncodingFor(string? model)
    {
        var name = (model ?? "").Trim();
        var slash = name.LastIndexOf('/'); // "openai/gpt-4o-mini" as routers name it
        name = name[(slash + 1)..];
        return O200kPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)) ? O200kBase : Cl100kBase;
    }

    public static int Count(string? model, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokenizer = EncodingFor(model) == O200kBase ? O200k.Value : Cl100k.Value;
        return tokenizer.CountTokens(text);
    }
}
