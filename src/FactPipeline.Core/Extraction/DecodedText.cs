namespace FactPipeline.Core.Extraction;

/// <summary>Result of decoding: the text and the encoding used, or why the bytes are not text.</summary>
internal sealed record DecodedText(string? Text, string? EncodingName, string? Problem)
{
    public static DecodedText Ok(string text, string encodingName) => new(text, encodingName, null);
    public static DecodedText Fail(string problem) => new(null, null, problem);
}
