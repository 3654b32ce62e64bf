using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FactPipeline.Cli;

/// <summary>
/// Log lines on a session's error writer, for a run that is not the process's own (tests run the command in process,
/// many at once, and each must see its own log lines, not the shared stderr). Same shape as the console's:
/// "warn: Category[id]", the message, then the exception with its stack trace.
/// </summary>
internal sealed class WriterLoggerProvider(TextWriter writer) : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, Logger> _loggers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, name => new Logger(this, name));

    public void Dispose() => _loggers.Clear();

    private void Write(string category, LogLevel level, EventId id, string message, Exception? exception)
    {
        lock (_gate)
        {
            writer.WriteLine($"{Label(level)}: {category}[{id.Id}]");
            writer.WriteLine($"      {message}");
            if (exception is not null)
            {
                writer.WriteLine(exception.ToString());
            }
        }
    }

    private static string Label(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };

    private sealed class Logger(WriterLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        // Levels are filtered by the logging configuration before a message reaches a provider.
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Write(category, logLevel, eventId, formatter(state, exception), exception);
    }
}
