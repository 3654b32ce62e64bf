using System.Text.Json.Serialization;
using FactPipeline.Core.Review;

namespace FactPipeline.Core.Storage;

/// <summary>The desk's JSON columns (figures, changes, source errors), by generated code like <see cref="StorageJson"/>.</summary>
[JsonSerializable(typeof(TrackedFigure[]))]
[JsonSerializable(typeof(FigureChange[]))]
[JsonSerializable(typeof(SourceErrorDetails))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class ReviewJson : JsonSerializerContext;
