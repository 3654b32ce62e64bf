using System.Text.Json;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Llm;

public sealed class FilePromptProviderTests : IDisposable
{
    private const string Config = """
        {
          "schema": 1,
          "description": "test",
          "execution_settings": { "default": { "temperature": 0, "response_format": { "type": "json_schema", "json_schema": { "name": "x", "schema": { "type": "object" } } } } },
          "input_variables": [ { "name": "text", "is_required": true } ]
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private void Write(string name, string template, string config = Config)
    {
        Directory.CreateDirectory(_temp.File(name));
        File.WriteAllText(Path.Combine(_temp.File(name), FilePromptProvider.TemplateFile), template);
        File.WriteAllText(Path.Combine(_temp.File(name), FilePromptProvider.ConfigFile), config);
    }

    [Fact]
    public void Find_PromptDirectory_LoadsTemplateSettingsAndVariables()
    {
        Write("Extract", "<message role=\"user\">{{$text}}</message>");

        var prompt = new FilePromptProvider(_temp.Path).Find("Extract")!;

        prompt.Name.ShouldBe("Extract");
        prompt.Config.Template.ShouldBe("<message role=\"user\">{{$text}}</message>");
        prompt.Config.InputVariables.ShouldHaveSingleItem().Name.ShouldBe("text");
        var format = (JsonElement)prompt.Config.ExecutionSettings["default"].ExtensionData!["response_format"];
        format.GetProperty("type").GetString().ShouldBe("json_schema");
        prompt.Version.ShouldMatch("^[0-9a-f]{12}$");
    }

    [Fact]
    public void Find_TemplateChanged_VersionChanges()
    {
        Write("Extract", "first wording {{$text}}");
        var provider = new FilePromptProvider(_temp.Path);
        var before = provider.Find("Extract")!.Version;

        Write("Extract", "second, longer wording {{$text}}");

        provider.Find("Extract")!.Version.ShouldNotBe(before);
    }

    [Fact]
    public void Find_ConfigChanged_VersionChanges()
    {
        Write("Extract", "{{$text}}");
        var before = new FilePromptProvider(_temp.Path).Find("Extract")!.Version;

        Write("Extract", "{{$text}}", Config.Replace("\"temperature\": 0", "\"temperature\": 0.2", StringComparison.Ordinal));

        new FilePromptProvider(_temp.Path).Find("Extract")!.Version.ShouldNotBe(before);
    }

    [Fact]
    public void Find_SameFiles_SameVersion()
    {
        Write("A", "{{$text}}");
        Write("B", "{{$text}}");

        var provider = new FilePromptProvider(_temp.Path);

        provider.Find("A")!.Version.ShouldBe(provider.Find("B")!.Version);
    }

    [Theory]
    [InlineData("Missing")]
    [InlineData("../Extract")]
    public void Find_NoSuchDirectory_ReturnsNull(string name)
    {
        Write("Extract", "{{$text}}");

        new FilePromptProvider(Path.Combine(_temp.Path, "sub")).Find(name).ShouldBeNull();
    }

    [Fact]
    public void Find_RepositoryPingPrompt_Loads()
    {
        var prompt = new FilePromptProvider(Path.Combine(RepoPaths.Root, "prompts")).Find("Ping");

        prompt.ShouldNotBeNull().Config.InputVariables.ShouldContain(v => v.Name == "word");
    }

    [Fact]
    public void InMemoryProvider_SameText_SameVersionAsFiles()
    {
        Write("Extract", "{{$text}}");

        var inMemory = new InMemoryPromptProvider().Add("Extract", "{{$text}}", Config).Find("Extract")!;

        inMemory.Version.ShouldBe(new FilePromptProvider(_temp.Path).Find("Extract")!.Version);
    }

    [Fact]
    public void Find_ConfigNotJson_SettingsErrorNamingTheFile()
    {
        Write("Broken", "{{$text}}", config: "{ not json");

        var error = Should.Throw<FactPipeline.Core.Common.SettingsException>(() => new FilePromptProvider(_temp.Path).Find("Broken"));

        error.Message.ShouldStartWith($"prompts/Broken/{FilePromptProvider.ConfigFile}: ");
        error.InnerException.ShouldNotBeNull().GetType().ShouldBeOneOf(typeof(JsonException), typeof(ArgumentException)); // as Semantic Kernel reports it
    }
}
