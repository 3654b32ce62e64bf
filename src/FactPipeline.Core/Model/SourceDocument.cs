namespace FactPipeline.Core.Model;

/// <summary>Raw bytes of one input as fetched or read, before decoding and extraction.</summary>
/// <param name="Source">Path or URL as given by the user.</param>
/// <param name="MediaType">"text/html" or "text/plain" (from the file extension or Content-Type).</param>
/// <param name="DeclaredCharset">Charset from an HTTP header, when there was one.</param>
public sealed record SourceDocument(string Source, byte[] Content, string MediaType, string? DeclaredCharset = null)
{
    /// <summary>HTTP validators of a fetched page, stored with its article once saved (conditional GET next run).</summary>
    public string? ETag { get; init; }

    /// <summary>The Last-Modified header (RFC 1123 text) of a fetched page.</summary>
    public string? LastModified { get; init; }

    /// <summary>True when the document came from a URL, so its fetch state is kept.</summary>
    public bool IsFetched { get; init; }

    /// <summary>ISO 639-1 language the configured source declares; wins over detection.</summary>
    public string? Language { get; init; }
}
