using System.Text.Json;
using FactPipeline.Core.Llm;
using FactPipeline.TestSupport;
using Microsoft.SemanticKernel;
using Shouldly;

namespace FactPipeline.Core.Tests.Llm;

public sealed class PromptConfigJsonTests
{
    public static TheoryData<string> Prompts() =>
        [.. Directory.GetDirectories(Path.Combine(RepoPaths.Root, "prompts")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Prompts))]
    public void Parse_EveryPromptConfig_ReadsWhatSemanticKernelsReaderReads(string prompt)
    {
        var json = File.ReadAllText(Path.Combine(RepoPaths.Root, "prompts", prompt, FilePromptProvider.ConfigFile));

        var generated = PromptConfigJson.Parse(json);
#pragma warning disable IL2026, IL3050 // the reflection reader is the reference here
        var reflected = PromptTemplateConfig.FromJson(json);

        generated.InputVariables.ShouldNotBeEmpty();
        JsonSerializer.Serialize(generated).ShouldBe(JsonSerializer.Serialize(reflected));
#pragma warning restore IL2026, IL3050
        generated.InputVariables.Select(v => v.Default).ShouldAllBe(d => d == null || d is string);
    }

    [Fact]
    public void Parse_NumberDefault_ThrowsNamingTheVariable()
    {
        var json = """{ "input_variables": [ { "name": "count", "default": 3 } ] }""";

        Should.Throw<ArgumentException>(() => PromptConfigJson.Parse(json)).Message.ShouldContain("'count'");
    }

    [Fact]
    public void Parse_TrailingCommaCommentAndUpperCaseNames_ReadLikeSemanticKernel()
    {
        var json = """
            {
              // a comment
              "Description": "d",
              "input_variables": [ { "name": "x", "default": "y", }, ],
            }
            """;

        var config = PromptConfigJson.Parse(json);

        config.Description.ShouldBe("d");
        config.InputVariables.Single().Default.ShouldBe("y");
    }
}
