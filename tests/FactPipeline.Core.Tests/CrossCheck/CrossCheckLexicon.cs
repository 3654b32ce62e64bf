using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.CrossCheck;

/// <summary>The lexicon the cross-check rules read, loaded once for the tests, and a checker built on it.</summary>
internal static class CrossCheckLexicon
{
    public static ConceptLexicon Lexicon => FactPipeline.TestSupport.CoreData.Lexicon;

    public static CrossChecker Checker(CrossCheckOptions? options = null) => new(Options.Create(options ?? new CrossCheckOptions()), Lexicon);

    /// <summary>Per claim, the places among the entities its sentence names (what the checker gives the pair assessor).</summary>
    public static string[][] Places(params Claim[] claims) => [.. claims.Select(c => c.Subject.Where(Lexicon.IsPlace).ToArray())];
}
