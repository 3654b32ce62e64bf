using System.Text.Json.Serialization;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Storage;

/// <summary>
/// The JSON the store keeps in its columns (words, subjects and scopes, article metadata, checked findings),
/// serialised by generated code: no reflection over the types and no accessors emitted at run time, so a cold run
/// compiles less and every claim's columns are written without looking anything up. The options are the defaults
/// the columns have always been written with; <c>StorageJsonTests</c> holds the text to the reflection serialiser's.
/// </summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IEnumerable<string>))]
[JsonSerializable(typeof(CanonicalPhrasing))]
[JsonSerializable(typeof(ClaimRow.About))]
[JsonSerializable(typeof(ArticleRow.Metadata))]
[JsonSerializable(typeof(CheckedFindingsJson.Reference[]))]
internal sealed partial class StorageJson : JsonSerializerContext;
