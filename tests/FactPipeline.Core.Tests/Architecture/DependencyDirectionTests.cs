using System.Reflection;
using FactPipeline.Core.Model;
using NetArchTest.Rules;
using TestResult = NetArchTest.Rules.TestResult;

namespace FactPipeline.Core.Tests.Architecture;

/// <summary>
/// The one direction of flow in Core: Model ← Common ← stage folders ← Pipeline (orchestration only) ← hosts. The
/// stages are layered too: a stage may use only the stages listed before it in <see cref="Stages"/> (Storage, last,
/// implements the interfaces Fetching and Llm own), so an import that runs backwards fails here, and nothing below
/// Pipeline imports it.
/// </summary>
public sealed class DependencyDirectionTests
{
    private const string Core = "FactPipeline.Core";

    private static readonly Assembly CoreAssembly = typeof(Claim).Assembly;

    /// <summary>
    /// The stage folders from the bottom up: each may depend on those before it, never on one after it. Llm is
    /// infrastructure the claim, cross-check and summary stages call; Storage implements the interfaces of the stages
    /// before it. A new edge that fits this order needs no change here; one that does not is a design change.
    /// </summary>
    private static readonly string[] Stages = ["Llm", "Fetching", "Extraction", "Quantities", "Claims", "CrossCheck", "Summaries", "Review", "Runs", "Accounts", "Storage"];

    private static readonly string[] Hosts = ["FactPipeline.Cli", "FactPipeline.Web", "FactPipeline.Worker"];

    private static TestResult Check(string folder, string dependency) =>
        Types.InAssembly(CoreAssembly).That().ResideInNamespace($"{Core}.{folder}").ShouldNot().HaveDependencyOn($"{Core}.{dependency}").GetResult();

    private static string Offenders(TestResult result) =>
        string.Join(", ", result.FailingTypeNames ?? []);

    [Fact]
    public void Model_DependsOnNoOtherFolder()
    {
        foreach (var folder in Stages.Append("Common").Append("Pipeline"))
        {
            var result = Check("Model", folder);
            result.IsSuccessful.ShouldBeTrue($"Model depends on {folder}: {Offenders(result)}");
        }
    }

    [Fact]
    public void Common_DependsOnlyOnModel()
    {
        foreach (var folder in Stages.Append("Pipeline"))
        {
            var result = Check("Common", folder);
            result.IsSuccessful.ShouldBeTrue($"Common depends on {folder}: {Offenders(result)}");
        }
    }

    [Fact]
    public void NothingBelowPipeline_DependsOnPipeline()
    {
        foreach (var folder in Stages.Append("Model").Append("Common"))
        {
            var result = Check(folder, "Pipeline");
            result.IsSuccessful.ShouldBeTrue($"{folder} depends on the orchestrator: {Offenders(result)}");
        }
    }

    [Fact]
    public void Core_DependsOnNoHost()
    {
        var result = Types.InAssembly(CoreAssembly).ShouldNot().HaveDependencyOnAny(Hosts).GetResult();

        result.IsSuccessful.ShouldBeTrue($"Core depends on a host: {Offenders(result)}");
    }

    [Fact]
    public void Stages_DependOnlyOnEarlierStages()
    {
        var backwards = Stages
            .SelectMany((stage, i) => Stages.Skip(i + 1).Select(later => (Stage: stage, Later: later, Result: Check(stage, later))))
            .Where(e => !e.Result.IsSuccessful)
            .Select(e => $"{e.Stage} → {e.Later} ({Offenders(e.Result)})")
            .ToArray();

        backwards.ShouldBeEmpty("stages importing a stage above them");
    }

    [Fact]
    public void Stages_DependOnEachOtherWithoutCycles()
    {
        var edges = Stages.ToDictionary(s => s, s => Stages.Where(t => t != s && !Check(s, t).IsSuccessful).ToArray());

        FindCycle(edges).ShouldBeNull("stage dependencies: " + string.Join("; ", edges.Select(e => $"{e.Key} → [{string.Join(", ", e.Value)}]")));
    }

    [Fact]
    public void FindCycle_BackwardsEdge_IsFound()
    {
        // The cycle search itself: a stage that imports one that imports it back (a backwards import) is reported.
        var edges = new Dictionary<string, string[]> { ["Claims"] = ["Quantities"], ["Quantities"] = ["Model"], ["Model"] = ["Claims"] };

        FindCycle(edges).ShouldBe("Claims → Quantities → Model → Claims");
        FindCycle(new Dictionary<string, string[]> { ["Claims"] = ["Quantities"], ["Quantities"] = [] }).ShouldBeNull();
    }

    /// <summary>One cycle of the graph, written "a → b → a", or null when there is none (depth-first search).</summary>
    private static string? FindCycle(IReadOnlyDictionary<string, string[]> edges)
    {
        var state = new Dictionary<string, int>(); // 1 on the path, 2 done
        var path = new List<string>();
        string? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return string.Join(" → ", path.Skip(path.IndexOf(next)).Append(next));
                }
                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle)
            {
                return cycle;
            }
        }
        return null;
    }
}
