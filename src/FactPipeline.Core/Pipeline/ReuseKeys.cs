using System.Security.Cryptography;
using System.Text;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// Keys naming everything a result was computed from, so a rerun finds the stored result of exactly the same
/// inputs instead of computing it again: a document's article (<see cref="Document"/>) and a cross-check's explained
/// findings (<see cref="Findings"/>). Both include <see cref="Build"/>: extraction, cross-check and explanation are code
/// as much as data, and a result of another build may differ from what this one computes. Claims are kept across builds
/// (<see cref="RulesVersion"/>), because redoing them may cost LLM calls; these results cost only CPU to redo, once per build.
/// </summary>
internal static class ReuseKeys
{
    /// <summary>This build of Core: its module version id changes with any change to its code or embedded data.</summary>
    public static string Build { get; } = typeof(ReuseKeys).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// A local document: where it was read from, how it was declared and its bytes, with the rules and the build that
    /// read it. The same key means extracting it again would give the same article.
    /// </summary>
    public static string Document(SourceDocument document) => Document(document, Build, RulesVersion.Current);

    /// <param name="build">This build (<see cref="Build"/>), or another in tests.</param>
    /// <param name="rules">The rules' version (<see cref="RulesVersion.Current"/>), or another in tests.</param>
    internal static string Document(SourceDocument document, string build, string rules)
    {
        using var hash = new KeyHash("document-1", build, rules);
        hash.Add(document.Source).Add(document.MediaType).Add(document.DeclaredCharset).Add(document.Language);
        hash.Add(document.Content);
        return hash.Finish();
    }

    /// <summary>
    /// A cross-check's inputs: the articles as loaded (ids are their text; title, language, dates and source are
    /// what stories and reports read), their claims by id (rule claims: their content is the rules' version's), and the
    /// cross-check's settings.
    /// </summary>
    public static string Findings(IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, string settings) =>
        Findings(articles, claims, settings, Build, RulesVersion.Current);

    /// <param name="build">This build (<see cref="Build"/>), or another in tests.</param>
    /// <param name="rules">The rules' version (<see cref="RulesVersion.Current"/>), or another in tests.</param>
    internal static string Findings(IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, string settings, string build, string rules)
    {
        using var hash = new KeyHash("findings-1", build, rules);
        hash.Add(settings).Add(articles.Count);
        foreach (var a in articles)
        {
            hash.Add(a.Id).Add(a.Source).Add(a.Title).Add(a.Language).Add(a.PublishedAt?.DayNumber).Add(a.ModifiedAt?.DayNumber)
                .Add(a.Author).Add(a.SiteName).Add(a.CanonicalUrl);
        }
        hash.Add(claims.Count);
        foreach (var c in claims)
        {
            hash.Add(c.Id);
        }
        return hash.Finish();
    }

    /// <summary>SHA-256 over length-prefixed parts (so no two lists of parts run together into the same bytes).</summary>
    private sealed class KeyHash : IDisposable
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public KeyHash(string kind, string build, string rules)
        {
            Add(kind).Add(build).Add(rules);
        }

        public KeyHash Add(string? text) => text is null ? Add(-1) : Add(Encoding.UTF8.GetBytes(text));

        public KeyHash Add(int? number)
        {
            _hash.AppendData(BitConverter.GetBytes(number ?? int.MinValue));
            return this;
        }

        public KeyHash Add(byte[] bytes)
        {
            _hash.AppendData(BitConverter.GetBytes(bytes.Length));
            _hash.AppendData(bytes);
            return this;
        }

        public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

        public void Dispose() => _hash.Dispose();
    }
}
