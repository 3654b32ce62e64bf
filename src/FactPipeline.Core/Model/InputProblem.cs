namespace FactPipeline.Core.Model;

/// <summary>An input that could not be processed, with a message that names it.</summary>
public sealed record InputProblem(string Source, string Reason)
{
    /// <summary>
    /// The server said the page is gone (HTTP 404 or 410), as opposed to a failure that may pass (a timeout, a 5xx,
    /// robots.txt): the desk resolves the open findings that cite it. Set from the status code, never from <see cref="Reason"/>.
    /// </summary>
    public bool Gone { get; init; }

    public override string ToString() => $"{Source}: {Reason}";
}
