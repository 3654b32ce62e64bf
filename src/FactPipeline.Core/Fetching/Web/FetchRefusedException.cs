namespace FactPipeline.Core.Fetching.Web;

/// <summary>A fetch the tool refuses on its own (unsafe address); never retried.</summary>
public sealed class FetchRefusedException : Exception
{
    public FetchRefusedException()
    {
    }

    public FetchRefusedException(string message) : base(message)
    {
    }

    public FetchRefusedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
