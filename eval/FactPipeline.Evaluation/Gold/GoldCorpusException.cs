namespace FactPipeline.Evaluation.Gold;

/// <summary>The gold corpus cannot be used as it is; <see cref="Errors"/> names each file and text at fault.</summary>
public sealed class GoldCorpusException : Exception
{
    public GoldCorpusException()
        : this([])
    {
    }

    public GoldCorpusException(string message)
        : this([message])
    {
    }

    public GoldCorpusException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public GoldCorpusException(IReadOnlyList<string> errors)
        : base($"the cross-check gold corpus has {errors.Count} problem(s):" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }
}
