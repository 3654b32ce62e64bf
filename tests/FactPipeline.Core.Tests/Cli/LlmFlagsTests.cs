using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Cli;

/// <summary>The CLI's --llm-* flags, through the run command in process.</summary>
[Trait("Category", "EndToEnd")]
public sealed class LlmFlagsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<CliResult> RunCliAsync(IReadOnlyDictionary<string, string?>? settings, params string[] args) =>
        await CliRunner.RunAsync(_temp.Path, settings, args, TestContext.Current.CancellationToken);

    private string[] Run(params string[] flags) =>
        ["run", RepoPaths.Samples, "--out", _temp.File("out"), "--db", _temp.File("cli.db"), .. flags];

    [Fact]
    public async Task Run_EndpointWithoutModel_ExitsTwoWithOneLine()
    {
        var (exitCode, _, errors) = await RunCliAsync(null, Run("--llm-endpoint", "http://127.0.0.1:9/v1"));

        exitCode.ShouldBe(2);
        errors.Trim().ShouldBe("error: invalid settings: Llm:Model is required when Llm:Provider is OpenAICompatible (e.g. --llm-model gpt-4o-mini).");
        Directory.Exists(_temp.File("out")).ShouldBeFalse(); // refused before any work
    }

    [Fact]
    public async Task Run_EndpointNotAUrl_ExitsTwoNamingIt()
    {
        var (exitCode, _, errors) = await RunCliAsync(null, Run("--llm-endpoint", "localhost:11434", "--llm-model", "llama3.1"));

        exitCode.ShouldBe(2);
        errors.ShouldContain("Llm:Endpoint 'localhost:11434' is not an absolute http(s) URL.");
    }

    [Fact]
    public async Task Run_ConfiguredOpenAIWithoutKey_ExitsTwoNamingTheVariable()
    {
        var variable = "FACTPIPELINE_TEST_KEY_" + Guid.NewGuid().ToString("N");
        var settings = new Dictionary<string, string?> { ["Llm:Provider"] = "OpenAI" };

        var (exitCode, _, errors) = await RunCliAsync(settings, Run("--llm-model", "gpt-4o-mini", "--llm-key-env", variable));

        exitCode.ShouldBe(2);
        errors.ShouldContain($"set the environment variable {variable}");
    }

    [Fact]
    public async Task Run_ValidLocalServerFlags_RunsNormally()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync();

        var (exitCode, _, errors) = await RunCliAsync(null, Run("--llm-endpoint", server.BaseUrl.ToString(), "--llm-model", "llama3.1"));

        exitCode.ShouldBe(0, errors);
    }
}
