namespace FactPipeline.Core.Review;

/// <summary>The outlet a source stands for, as an editor names it: a URL's host without "www.", a file's name.</summary>
public static class Outlet
{
    public static string Of(string source)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var host = uri.IdnHost.ToLowerInvariant();
            return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        }
        return Path.GetFileName(source.TrimEnd('/', '\\')) is { Length: > 0 } name ? name : source;
    }

    /// <summary>True for an absolute http(s) URL: the only links the desk makes from what articles say.</summary>
    public static bool IsWebLink(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host);
}
