using System.CommandLine;
using FactPipeline.Cli;

// Thin host: parse the command line, build the pipeline from configuration, print what it found.
var root = new RootCommand("FactPipeline: cross-checks the figures news articles report.")
{
    RunCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
