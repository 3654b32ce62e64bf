using FactPipeline.Cli;

// Thin host: parse the command line, build the pipeline from configuration, print what it found.
return await CliApp.InvokeAsync(args, CliSession.System);
