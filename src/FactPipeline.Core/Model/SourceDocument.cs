namespace FactPipeline.Core.Model;

/// <summary>Raw bytes of one input as fetched or read, before decoding and extraction.</summary>
/// <param name="Source">Path or URL as given by the user.</param>
/// <param name="MediaType">"text/html" or "text/plain" (from the file extension or Content-Type).</param>
/// <param name="DeclaredCharset">Charset from an HTTP header, when there was one.</param>
public sealed record SourceDocument(string Source, byte[] Content, string MediaType, string? DeclaredCharset = null);
