namespace FactPipeline.Core.Common;

/// <summary>
/// A setting the run cannot work with (a missing model name, an unreadable prompt configuration). Hosts report
/// it as a settings error and stop; any other exception is a fault in the program and surfaces as one.
/// </summary>
public sealed class SettingsException : Exception
{
    public SettingsException()
    {
    }

    public SettingsException(string message)
        : base(message)
    {
    }

    public SettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
