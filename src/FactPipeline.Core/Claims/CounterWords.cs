using System.Collections.Frozen;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims;

/// <summary>What a generic counted noun can count: people ("orang", "명", "人"), things ("unit", "개", "座") or either.</summary>
public enum CounterClass
{
    Any,
    People,
    Things,
}

/// <summary>
/// Counter words and generic counted nouns by what they count (data file <c>counters.json</c>, all five languages):
/// "81 orang" counts people, so the measure around it must be one of people (deaths, not districts); "9개" counts
/// things, never voters.
/// </summary>
public sealed class CounterWords
{
    private readonly FrozenDictionary<string, CounterClass> _byWord;

    private CounterWords(FileShape file)
    {
        ByLanguage = new Dictionary<string, IReadOnlyDictionary<string, string[]>> { ["people"] = file.People, ["things"] = file.Things };
        _byWord = file.People.Values.SelectMany(w => w).Select(w => (Word: w, Class: CounterClass.People))
            .Concat(file.Things.Values.SelectMany(w => w).Select(w => (Word: w, Class: CounterClass.Things)))
            .DistinctBy(x => x.Word.ToLowerInvariant())
            .ToFrozenDictionary(x => x.Word.ToLowerInvariant(), x => x.Class, StringComparer.Ordinal);
    }

    /// <summary>The raw lists per class and language, for the test that each class covers the five languages.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> ByLanguage { get; }

    public static CounterWords Load() =>
        new CounterWords(EmbeddedJson.Load("counters.json", ClaimsDataJson.Default.CountersFile));

    /// <summary>What a count's noun can count; <see cref="CounterClass.Any"/> for nouns that are no generic counter.</summary>
    public CounterClass ClassOf(string? countedNoun) =>
        countedNoun is { Length: > 0 } && _byWord.TryGetValue(countedNoun.ToLowerInvariant(), out var c) ? c : CounterClass.Any;

    internal sealed record FileShape(Dictionary<string, string[]> People, Dictionary<string, string[]> Things);
}
