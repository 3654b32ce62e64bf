using System.Text.Json.Serialization;
using FactPipeline.Core.CrossCheck;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// The cross-check settings as <see cref="FindingsReuse"/> writes them into the reuse key, serialised by generated
/// code instead of reflection so the pipeline works trimmed and compiled ahead of time. The options are the defaults
/// the key has always been built with, so the text, and the keys of findings stored by earlier runs, stay the same.
/// </summary>
[JsonSerializable(typeof(CrossCheckOptions))]
internal sealed partial class PipelineJson : JsonSerializerContext;
