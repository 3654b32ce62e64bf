using FactPipeline.Web;

// Thin host: the review desk over the store `run` writes (settings as the CLI reads them).
await DeskApp.Build(args).RunAsync();
