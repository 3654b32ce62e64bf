namespace FactPipeline.Core.Model;

/// <summary>An input that could not be processed, with a message that names it.</summary>
public sealed record InputProblem(string Source, string Reason)
{
    public override string ToString() => $"{Source}: {Reason}";
}
