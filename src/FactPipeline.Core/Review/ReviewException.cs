namespace FactPipeline.Core.Review;

/// <summary>A decision the desk refuses, naming the field at fault (the form shows the message next to it).</summary>
public sealed class ReviewException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
