using FactPipeline.Core.Claims;
using FactPipeline.Core.Claims.Scopes;
using FactPipeline.Core.Claims.Subjects;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Quantities;
using FactPipeline.Core.Summaries.Digest;

namespace FactPipeline.TestSupport;

/// <summary>
/// The pipeline's data singletons for code that builds stages without a service provider (tests, bench): each
/// data file is read once per process, as AddClaims and AddSummaries do in a host. Production code takes them from
/// its constructor instead.
/// </summary>
public static class CoreData
{
    private static readonly Lazy<ConceptLexicon> LoadedLexicon = new(ConceptLexicon.Load);
    private static readonly Lazy<Glossary> LoadedGlossary = new(Glossary.Load);
    private static readonly Lazy<NameCues> LoadedCues = new(NameCues.Load);
    private static readonly Lazy<ScopeReader> LoadedScopes = new(ScopeReader.Load);
    private static readonly Lazy<ClaimWordLists> LoadedWords = new(() => new ClaimWordLists(
        MeasurementUnits.Load(), CounterWords.Load(), ChangeWords.Load(), BareCounts.Load(), CutWords.Load(),
        PartitiveOpeners.Load(), OccurrenceCounts.Load()));
    private static readonly Lazy<SubjectResolver> SharedSubjects = new(() => new SubjectResolver(Lexicon, new NameFinder(NameCues), NameCues));

    public static ConceptLexicon Lexicon => LoadedLexicon.Value;

    public static Glossary Glossary => LoadedGlossary.Value;

    public static NameCues NameCues => LoadedCues.Value;

    public static ScopeReader Scopes => LoadedScopes.Value;

    /// <summary>The claim extractor's word lists (units, counters, change, bare-count, cut, partitive and occurrence words).</summary>
    public static ClaimWordLists ClaimWords => LoadedWords.Value;

    /// <summary>The subject resolver over <see cref="Lexicon"/> and <see cref="NameCues"/>, shared as a host shares its singleton.</summary>
    public static SubjectResolver Subjects => SharedSubjects.Value;

    /// <summary>A rules claim extractor over the shared data, as AddClaims builds it (with a new recognizer unless given one).</summary>
    public static ClaimExtractor ClaimExtractor(IQuantityRecognizer? recognizer = null) =>
        new(recognizer ?? new QuantityRecognizer(), Lexicon, Subjects, Scopes, ClaimWords);

    /// <summary>A story profiler that reads names as <see cref="ClaimExtractor"/>'s extractors do.</summary>
    public static StoryProfiler StoryProfiler() => new(Subjects, Lexicon);
}
