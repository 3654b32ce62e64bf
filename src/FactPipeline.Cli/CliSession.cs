using Spectre.Console;

namespace FactPipeline.Cli;

/// <summary>
/// What a run talks to outside itself: where it writes, which folder it starts in and the settings a user would
/// give as <c>FACTPIPELINE_</c> environment variables. Users get the process's console; tests run the same
/// command in process with captured writers and their own settings, so parallel tests never share a console,
/// a working directory or an environment.
/// </summary>
internal sealed record CliSession(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>The process's console, working directory and environment: how a user runs the program.</summary>
    public static CliSession System => new(Console.Out, Console.Error, Directory.GetCurrentDirectory())
    {
        UsesProcessConsole = true,
        In = Console.In,
        InputIsTerminal = !Console.IsInputRedirected,
    };

    /// <summary>Standard input (<c>users add --password-stdin</c>); empty unless a test gives one.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>True when standard input is a terminal: a password is then asked for, without echo.</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>Configuration keys ("Fetching:PolitenessDelay") applied after the environment variables.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The clock the run reads (run times, fetch times); null for the system clock. Tests give a fake one.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>True for the process's own console; false for a run in process with captured writers.</summary>
    public bool UsesProcessConsole { get; private init; }

    /// <summary>The console the report is printed on: the terminal, or plain text without colours or a status line.</summary>
    public IAnsiConsole CreateAnsiConsole() => UsesProcessConsole
        ? AnsiConsole.Console
        : AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
}
