using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Common;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// Finds claims in different articles that state the same fact and judges whether their figures agree.
/// </summary>
/// <remarks>
/// <para>Candidates: claims are blocked by (kind, unit, measure). Inside a block each claim is compared with its
/// neighbours in size (up to <see cref="CrossCheckOptions.MaxRatio"/> apart, at most
/// <see cref="CrossCheckOptions.MaxCandidatesPerClaim"/>) and with every claim of the same subject whatever its
/// size, so a 10× typo is still compared. The work grows near-linearly with the number of claims.</para>
/// <para>Each pair is a match, a possible match or no match (<see cref="PairAssessor"/>). Matches form findings
/// in which every two claims matched directly (<see cref="CliqueGrouper"/>). Possible pairs go to the judge when
/// one is configured (a "yes" makes them matches); otherwise each is listed as a <see cref="Severity.Possible"/>
/// finding, never as a conflict or minor. Severity comes from the figures alone (<see cref="ValueComparer"/>).</para>
/// </remarks>
/// <param name="lexicon">The measures (families, rates, traffic) and places the rules read.</param>
public sealed class CrossChecker(IOptions<CrossCheckOptions> options, ConceptLexicon lexicon) : ICrossChecker
{
    private readonly CrossCheckOptions _options = options.Value;

    public IReadOnlyList<Finding> Check(IReadOnlyList<Claim> claims, IReadOnlyList<StoryProfile>? stories)
    {
        var state = Assess(claims, stories);
        return Findings(state, state.Matches, state.Possible, []);
    }

    public IReadOnlyList<Finding> Check(IReadOnlyList<Claim> claims) => Check(claims, null);

    public async Task<IReadOnlyList<Finding>> CheckAsync(IReadOnlyList<Claim> claims, IClaimPairJudge? judge, IReadOnlyList<Article>? articles, IReadOnlyList<StoryProfile>? stories, CancellationToken cancellationToken = default)
    {
        var state = Assess(claims, stories);
        if (judge is not { IsEnabled: true } || state.Possible.Count == 0)
        {
            return Findings(state, state.Matches, state.Possible, []);
        }
        var dates = articles?.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().PublishedAt, StringComparer.Ordinal);
        var pairs = state.Possible
            .Select(p => ToClaimPair(state.Claims, p, dates))
            .OrderBy(p => p.A.Id, StringComparer.Ordinal)
            .ThenBy(p => p.B.Id, StringComparer.Ordinal)
            .ToArray();
        var decisions = await judge.JudgeAsync(pairs, cancellationToken);
        var byId = state.Claims.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var matches = new List<Candidate>(state.Matches);
        var stillPossible = new List<Candidate>();
        var confirmed = new List<(int Claim, ClaimPairJudgement Judgement)>();
        foreach (var pair in pairs)
        {
            var candidate = new Candidate(byId[pair.A.Id], byId[pair.B.Id], pair.Why);
            if (!decisions.TryGetValue(pair.Id, out var judgement))
            {
                stillPossible.Add(candidate);
            }
            else if (judgement.SameFact)
            {
                matches.Add(candidate);
                confirmed.Add((candidate.Left, judgement));
            }
        }
        return Findings(state, matches, stillPossible, confirmed);
    }

    /// <summary>Every pair of articles the check treats as one story (for evaluation and diagnostics; quadratic in articles).</summary>
    public IReadOnlyList<(string A, string B)> SameStoryPairs(IReadOnlyList<Claim> claims, IReadOnlyList<StoryProfile> stories)
    {
        var index = new StoryIndex(stories, _options.MinSharedStoryNames, DistinctiveFigures(claims));
        var ids = stories.Select(s => s.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var pairs = new List<(string, string)>();
        for (var i = 0; i < ids.Length; i++)
        {
            for (var j = i + 1; j < ids.Length; j++)
            {
                if (index.SameStory(ids[i], ids[j]))
                {
                    pairs.Add((ids[i], ids[j]));
                }
            }
        }
        return pairs;
    }

    /// <summary>
    /// What ties two articles of a run of <paramref name="claims"/> into one story, or fails to (diagnostics:
    /// "one story (ties 4): shared [vinfast×5, Money|4.2+×3]").
    /// </summary>
    public string ExplainStoryPair(IReadOnlyList<Claim> claims, IReadOnlyList<StoryProfile> stories, string articleA, string articleB)
    {
        var index = new StoryIndex(stories, _options.MinSharedStoryNames, DistinctiveFigures(claims));
        var verdict = index.SameStory(articleA, articleB) ? "one story" : "not one story";
        return $"{verdict} (ties {index.Strength(articleA, articleB)}): {index.Describe(articleA, articleB)}";
    }

    /// <summary>
    /// Why two claims are or are not one fact, as the check sees them in a run of <paramref name="claims"/>
    /// (diagnostics: "same story; Possible: one story, but the measure of one side is unknown").
    /// </summary>
    public string ExplainPair(IReadOnlyList<Claim> claims, IReadOnlyList<StoryProfile> stories, Claim a, Claim b)
    {
        var candidates = claims.Where(c => c.Value.Kind != QuantityKind.Number).ToArray();
        var (i, j) = (Array.FindIndex(candidates, c => c.Id == a.Id), Array.FindIndex(candidates, c => c.Id == b.Id));
        if (i < 0 || j < 0)
        {
            return "not a candidate";
        }
        var storyIndex = new StoryIndex(stories, _options.MinSharedStoryNames, DistinctiveFigures(claims));
        var (outcome, why) = Assessor(Readings(candidates), storyIndex, canonical: null).Assess(a, b, i, j);
        var story = storyIndex.SameStory(a.ArticleId, b.ArticleId) ? $"same story (ties {storyIndex.Strength(a.ArticleId, b.ArticleId)}: {storyIndex.Describe(a.ArticleId, b.ArticleId)})" : "not one story";
        return $"{story}; {outcome}: {why}; measures {a.Concept ?? "-"}/{b.Concept ?? "-"}, subjects {a.SubjectId ?? "-"} ({a.SubjectSource})/{b.SubjectId ?? "-"} ({b.SubjectSource})";
    }

    /// <summary>Every candidate pair assessed once; matches and possible pairs kept (claim indexes into <c>Claims</c>).</summary>
    internal CheckState Assess(IReadOnlyList<Claim> claims, IReadOnlyList<StoryProfile>? stories)
    {
        var candidates = claims.Where(c => c.Value.Kind != QuantityKind.Number).ToArray();
        // The story index and what the assessor reads of each claim's sentence are independent: made side by side.
        string[]?[]? canonical = null;
        var storyIndex = StoryIndex.Empty;
        SentenceReadings readings = null!;
        Parallel.Invoke(
            () => canonical = candidates.Any(c => c.Canonical is not null) ? candidates.Select(CanonicalWords.Of).ToArray() : null,
            () =>
            {
                storyIndex = stories is { Count: > 0 } ? new StoryIndex(stories, _options.MinSharedStoryNames, DistinctiveFigures(claims)) : StoryIndex.Empty;
                storyIndex.Prepare();
            },
            () => readings = Readings(candidates));
        var storyArticles = StoryArticles(candidates, storyIndex);
        var assessor = Assessor(readings, storyIndex, canonical, storyArticles);
        // A pair may come from more than one generator (size neighbours, one subject, one story), always in the same
        // order (by size, then position). A later generator skips the pairs an earlier one gives, which it tells from
        // where the two claims sit in the earlier one's blocks (a set over every compared pair of a million claims
        // would take gigabytes): each pair is assessed once, and its first occurrence is the one kept.
        // The candidate pairs come in runs that can be generated apart (concatenated, they are the pairs in order).
        // Runs are generated and assessed on every core, a wave at a time (the assessor and the story index only
        // read); the kept pairs are then taken run by run, as one loop over all pairs would take them.
        var measureBlocks = Blocks(candidates, BlockKey).ToList();
        var familyBlocks = Blocks(candidates, FamilyBlockKey).ToList();
        // The figures by claim, read by millions of candidate pairs from one array rather than from each claim.
        var amounts = Array.ConvertAll(candidates, c => c.Value.Amount);
        var earlier = new EarlierPairs(amounts, measureBlocks, SubjectGroups(candidates, familyBlocks), (decimal)_options.MaxRatio, _options.MaxCandidatesPerClaim);
        var runs = measureBlocks.SelectMany(block => NeighbourRuns(amounts, block)).Select(run => (Pairs: run, Source: PairSource.Neighbours))
            .Concat(SubjectGroups(candidates, familyBlocks).SelectMany(SubjectRuns).Select(run => (Pairs: run, Source: PairSource.Subjects)))
            .Concat(StoryBlocks(candidates, storyIndex).SelectMany(block => NeighbourRuns(amounts, block)).Select(run => (Pairs: run, Source: PairSource.Stories)));
        var years = Array.ConvertAll(candidates, c => c.Year ?? NoYear);
        var foundPerWave = new List<StoryAlignment.Pair[][]>();
        var kept = 0;
        foreach (var wave in runs.Chunk(RunsPerWave))
        {
            var keptPerRun = new StoryAlignment.Pair[wave.Length][];
            // Each thread gathers a run's kept pairs in one buffer it reuses, then keeps them in an array of their size:
            // lists grown pair by pair would copy, and leave behind, twice the millions of pairs kept.
            Parallel.For(0, wave.Length, () => new List<StoryAlignment.Pair>(), (r, _, found) =>
            {
                found.Clear();
                var source = wave[r].Source;
                foreach (var (i, j) in wave[r].Pairs)
                {
                    if (earlier.Gave(source, i, j))
                    {
                        continue;
                    }
                    if (years[i] != NoYear && years[j] != NoYear && years[i] != years[j])
                    {
                        // "Different years": every question the assessor asks before this one only rules a pair out
                        // too, so it is no match, nor an anchor, whatever those say; read from one array, not two claims.
                        continue;
                    }
                    if (Outcome(candidates, i, j, assessor, storyIndex, storyArticles) is ({ } origin, { } why))
                    {
                        // Whether the articles are one story is asked here, on every core, for the alignment.
                        found.Add(new StoryAlignment.Pair(i, j, why, origin, storyIndex.SameStory(storyArticles[i], storyArticles[j])));
                    }
                }
                keptPerRun[r] = found.ToArray();
                return found;
            }, _ => { });
            foundPerWave.Add(keptPerRun);
            kept += keptPerRun.Sum(run => run.Length);
        }
        // Read once, in order, by the alignment: no copy of millions of pairs into one more list.
        var pairs = foundPerWave.SelectMany(wave => wave).SelectMany(run => run);
        var (matches, possible) = StoryAlignment.Align(candidates, pairs, (i, j) => storyIndex.SameStory(storyArticles[i], storyArticles[j]), _options, lexicon, kept);
        (matches, possible) = ListingPages.Demote(candidates, matches, possible);
        return new CheckState(candidates, matches, possible);
    }

    /// <summary>
    /// The pair assessor over <paramref name="candidates"/>, with what it reads of each claim's sentence computed once
    /// per claim, not once per compared pair.
    /// </summary>
    private PairAssessor Assessor(SentenceReadings readings, StoryIndex storyIndex, IReadOnlyList<string[]?>? canonical, int[]? storyArticles = null) =>
        new(_options, lexicon, storyIndex, canonical, readings.Places, readings.Figures, readings.Earlier, readings.Windows, readings.Concepts, readings.Scopes, storyArticles);

    /// <summary>What the assessor reads of each claim and its sentence, per claim (see <see cref="PairAssessor"/>).</summary>
    private sealed record SentenceReadings(string[][] Places, decimal[][] Figures, bool[] Earlier, bool[] Windows, string[][] Concepts, ClaimScope[][] Scopes);

    /// <summary>The <see cref="SentenceReadings"/> of <paramref name="candidates"/>: each one only reads the claims, so all are made at once.</summary>
    private SentenceReadings Readings(Claim[] candidates)
    {
        string[][] places = [], concepts = [];
        decimal[][] figures = [];
        bool[] earlier = [], windows = [];
        ClaimScope[][] scopes = [];
        // The claims of each sentence, found once for the three readings that go by sentence.
        var sentences = Sentences(candidates);
        Parallel.Invoke(
            () => places = candidates.Select(c => c.Subject.Where(lexicon.IsPlace).ToArray()).ToArray(),
            () => figures = SentenceFigures(candidates, sentences),
            () => earlier = FigureRoles.Earlier(candidates),
            () => windows = candidates.Select(FigureRoles.IsWindow).ToArray(),
            () => concepts = SentenceConcepts(candidates, sentences),
            () => scopes = SentenceScopes(candidates, sentences));
        return new SentenceReadings(places, figures, earlier, windows, concepts, scopes);
    }

    /// <summary>Per claim, its article's number in the story index: millions of pairs then ask about two numbers, not two ids.</summary>
    private static int[] StoryArticles(Claim[] candidates, StoryIndex storyIndex) =>
        Array.ConvertAll(candidates, c => storyIndex.NumberOf(c.ArticleId));

    /// <summary>
    /// Per claim, the other figures of its kind (and unit, unless counts) that its own sentence states: a sentence
    /// that gives "22 games" and "10 extra titles" agrees with a report of 22, whatever its 10 counts.
    /// </summary>
    internal static decimal[][] SentenceFigures(Claim[] claims, int[][]? sentences = null) =>
        PerSentence(claims, sentences, (i, others) => SameKind(claims, i, others).Select(k => claims[k].Value.Amount).ToArray());

    /// <summary>The scopes of the figures <see cref="SentenceFigures"/> gives, in the same order.</summary>
    internal static ClaimScope[][] SentenceScopes(Claim[] claims, int[][]? sentences = null) =>
        PerSentence(claims, sentences, (i, others) => SameKind(claims, i, others).Select(k => claims[k].Scope).ToArray());

    private static IEnumerable<int> SameKind(Claim[] claims, int i, IEnumerable<int> others) =>
        others.Where(k => claims[k].Value.Kind == claims[i].Value.Kind && (claims[i].Value.Kind == QuantityKind.Count || claims[k].Value.Unit == claims[i].Value.Unit));

    /// <summary>
    /// Per claim, the measures of the other figures its own sentence states ("16 classrooms and a dormitory of 240
    /// beds": the 240's sentence names classrooms only as the 16's measure).
    /// </summary>
    internal static string[][] SentenceConcepts(Claim[] claims, int[][]? sentences = null) =>
        PerSentence(claims, sentences, (_, others) => others.Where(k => claims[k].Concept is not null).Select(k => claims[k].Concept!).Distinct().ToArray());

    /// <summary>The indexes of the claims of each sentence (one article, one quote start).</summary>
    private static int[][] Sentences(Claim[] claims) =>
        Enumerable.Range(0, claims.Length).GroupBy(i => (claims[i].ArticleId, claims[i].QuoteStart)).Select(sentence => sentence.ToArray()).ToArray();

    /// <summary>Per claim, what <paramref name="describe"/> makes of it and the other claims of its own sentence.</summary>
    private static T[] PerSentence<T>(Claim[] claims, int[][]? sentences, Func<int, IEnumerable<int>, T> describe)
    {
        var result = new T[claims.Length];
        foreach (var members in sentences ?? Sentences(claims))
        {
            foreach (var i in members)
            {
                result[i] = describe(i, members.Where(k => k != i));
            }
        }
        return result;
    }

    /// <summary>How a candidate pair is kept (a match, a possible match or an anchor) and why; no origin: not kept.</summary>
    private static (StoryAlignment.Origin? Origin, string? Why) Outcome(Claim[] candidates, int i, int j, PairAssessor assessor, StoryIndex storyIndex, int[] storyArticles)
    {
        var (outcome, why) = assessor.Assess(candidates[i], candidates[j], i, j);
        return outcome switch
        {
            PairOutcome.Match => (StoryAlignment.Origin.Match, why),
            PairOutcome.Possible => (StoryAlignment.Origin.Possible, why),
            _ when IsAnchor(candidates[i], candidates[j], why, storyIndex, storyArticles[i], storyArticles[j]) => (StoryAlignment.Origin.Anchor, why),
            _ => (null, null),
        };
    }

    /// <summary>
    /// The same figure in two articles of one story whose measure one side does not name: not a finding, but it
    /// takes both figures out of the story's alignment ("3천450채" is the counterpart of "3.450 rumah").
    /// </summary>
    /// <param name="x">The story index's number of <paramref name="a"/>'s article.</param>
    /// <param name="y">The story index's number of <paramref name="b"/>'s article.</param>
    private static bool IsAnchor(Claim a, Claim b, string why, StoryIndex stories, int x, int y) =>
        why == "measure unknown" && a.ArticleId != b.ArticleId && a.Value.Amount == b.Value.Amount && a.Value.Kind == b.Value.Kind
        && a.Value.Unit == b.Value.Unit | a.Value.Kind == QuantityKind.Count && stories.SameStory(x, y);

    /// <summary>
    /// Per article, the figures precise enough to identify a story (two or more significant digits: 81, 15.240,
    /// 6,2 — not 10 or 5.000), keyed by kind and amount so the same number matches in every language.
    /// </summary>
    private static Dictionary<string, HashSet<string>> DistinctiveFigures(IReadOnlyList<Claim> claims)
    {
        var figures = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            // A count's key has no noun (it must match across languages), so "15 servings" would meet "15 studies":
            // only counts of three or more significant digits (15.240 evacuees) are distinctive enough.
            if (SignificantDigits(claim.Value.Amount) < (claim.Value.Kind == QuantityKind.Count ? 3 : 2))
            {
                continue;
            }
            if (!figures.TryGetValue(claim.ArticleId, out var set))
            {
                figures[claim.ArticleId] = set = new HashSet<string>(StringComparer.Ordinal);
            }
            // "+" marks the very specific ones (three or more significant digits).
            var specific = SignificantDigits(claim.Value.Amount) >= 3 ? "+" : "";
            var amount = claim.Value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
            set.Add($"{claim.Value.Kind}|{amount}{specific}");
            if (specific.Length > 0 && claim.Value.Kind == QuantityKind.Money && claim.Concept is { } concept && !MeasureRelations.IsWeak(concept))
            {
                // The same precise sum in the same currency for the same named measure (a 653 billion won flood budget)
                // ties two reports once more: a bare number may be anything. Not rates (a 12.4% rise of exports and of
                // a budget) nor counts (1.86 million passengers of an airline and of a metro), which coincide too often.
                set.Add($"{concept}|{claim.Value.Unit}|{amount}");
            }
        }
        return figures;
    }

    private static int SignificantDigits(decimal amount)
    {
        var digits = decimal.Abs(amount).ToString(System.Globalization.CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal).Trim('0');
        return digits.Length;
    }


    // A claim's year when its sentence states none (see the pair pass).
    private const int NoYear = int.MinValue;

    // A run is the pairs of this many claims: small enough to spread a big block over the cores.
    private const int RunLength = 256;
    private const int RunsPerWave = 256;

    /// <summary>
    /// Per measure family block, the claims of each subject in it, in size order. Any size only for a measure both
    /// sides name: "120 orang" and "1.200 orang" may be deaths and evacuees.
    /// </summary>
    private static IEnumerable<int[]> SubjectGroups(Claim[] claims, IEnumerable<int[]> familyBlocks) =>
        familyBlocks.SelectMany(sorted => sorted
            .Where(i => claims[i].SubjectId is not null && !MeasureRelations.IsWeak(claims[i].Concept))
            .GroupBy(i => claims[i].SubjectId!, StringComparer.Ordinal)
            .Select(subject => subject.ToArray()));

    /// <summary>Every pair of one subject's claims (capped per claim) in one measure family, whatever their sizes, in runs.</summary>
    private IEnumerable<IEnumerable<(int, int)>> SubjectRuns(int[] members)
    {
        for (var from = 0; from < members.Length; from += RunLength)
        {
            yield return SubjectPairs(members, from, Math.Min(members.Length, from + RunLength));
        }
    }

    /// <summary>Which generator a run of candidate pairs comes from, in the order they run.</summary>
    private enum PairSource
    {
        Neighbours,
        Subjects,
        Stories,
    }

    /// <summary>
    /// Whether an earlier generator already gave a pair: where the two claims sit in its blocks says so without a set
    /// of pairs. Every generator gives a pair smaller figure first (ties: lower index), so a pair given twice is the
    /// same ordered pair, with the same outcome.
    /// </summary>
    private sealed class EarlierPairs
    {
        // Per claim, the largest figure NeighbourPairs compares it with (see FromNeighbours): one product per claim,
        // not one per pair.
        private readonly decimal[] _amounts;
        private readonly decimal[] _limits;
        private readonly int _maxCandidates;
        // Per claim, its measure block (-1: none) and place in it, as NeighbourPairs walks it; its subject group
        // (-1: none) and place in it, as SubjectPairs walks it.
        private readonly int[] _measureBlock;
        private readonly int[] _measurePosition;
        private readonly int[] _subjectGroup;
        private readonly int[] _subjectPosition;

        public EarlierPairs(decimal[] amounts, IEnumerable<int[]> measureBlocks, IEnumerable<int[]> subjectGroups, decimal maxRatio, int maxCandidates)
        {
            (_amounts, _maxCandidates) = (amounts, maxCandidates);
            _limits = Array.ConvertAll(amounts, amount => Limit(amount, maxRatio));
            (_measureBlock, _measurePosition) = Places(amounts.Length, measureBlocks);
            (_subjectGroup, _subjectPosition) = Places(amounts.Length, subjectGroups);
        }

        private static (int[] Group, int[] Position) Places(int count, IEnumerable<int[]> groups)
        {
            var (group, position) = (new int[count], new int[count]);
            Array.Fill(group, -1);
            var number = 0;
            foreach (var members in groups)
            {
                for (var k = 0; k < members.Length; k++)
                {
                    (group[members[k]], position[members[k]]) = (number, k);
                }
                number++;
            }
            return (group, position);
        }

        public bool Gave(PairSource source, int i, int j) => source switch
        {
            PairSource.Subjects => FromNeighbours(i, j),
            PairSource.Stories => FromNeighbours(i, j) || FromSubjects(i, j),
            _ => false,
        };

        /// <summary>Whether <see cref="NeighbourPairs"/> gives (i, j): j among i's next neighbours in size in one measure block.</summary>
        private bool FromNeighbours(int i, int j)
        {
            if (_measureBlock[i] < 0 || _measureBlock[i] != _measureBlock[j] || !Within(_measurePosition[j] - _measurePosition[i]))
            {
                return false;
            }
            // NeighbourPairs stops at the first figure beyond the ratio: the figures before it are smaller still.
            return _amounts[j] <= _limits[i];
        }

        /// <summary>Whether <see cref="SubjectPairs"/> gives (i, j): j among i's next claims of one subject in one measure family.</summary>
        private bool FromSubjects(int i, int j) =>
            _subjectGroup[i] >= 0 && _subjectGroup[i] == _subjectGroup[j] && Within(_subjectPosition[j] - _subjectPosition[i]);

        /// <summary>Whether a claim this many places further on is among the next ones a claim is compared with.</summary>
        private bool Within(int distance) => distance >= 1 && distance <= _maxCandidates;
    }

    /// <summary>The pairs of one subject's claims whose first member is one of <paramref name="members"/>[from..to).</summary>
    private IEnumerable<(int, int)> SubjectPairs(int[] members, int from, int to)
    {
        for (var a = from; a < to; a++)
        {
            var last = Math.Min(members.Length, a + 1 + _options.MaxCandidatesPerClaim);
            for (var b = a + 1; b < last; b++)
            {
                yield return (members[a], members[b]);
            }
        }
    }

    /// <summary>
    /// Inside each story, claims of one kind and unit are compared with their neighbours in size whatever their
    /// measures: one outlet writes "anggaran", another only "Rp 1,2 triliun", a third counts "3.450 rumah" where a
    /// fourth counts "3천450채".
    /// </summary>
    private static IEnumerable<int[]> StoryBlocks(Claim[] claims, StoryIndex stories)
    {
        var clusters = stories.Clusters();
        if (clusters.Count == 0)
        {
            return [];
        }
        return Enumerable.Range(0, claims.Length)
            .Where(i => clusters.ContainsKey(claims[i].ArticleId))
            .GroupBy(i => $"{clusters[claims[i].ArticleId]}|{claims[i].Value.Kind}|{(claims[i].Value.Kind == QuantityKind.Count ? "" : claims[i].Value.Unit)}", StringComparer.Ordinal)
            .Select(g => g.OrderBy(i => claims[i].Value.Amount).ToArray());
    }

    private IEnumerable<IEnumerable<(int, int)>> NeighbourRuns(decimal[] amounts, int[] sorted)
    {
        for (var from = 0; from < sorted.Length; from += RunLength)
        {
            yield return NeighbourPairs(amounts, sorted, from, Math.Min(sorted.Length, from + RunLength));
        }
    }

    /// <summary>The largest figure a claim of <paramref name="amount"/> is compared with as a neighbour in size.</summary>
    private static decimal Limit(decimal amount, decimal maxRatio) => amount > 0 ? amount * maxRatio : amount;

    /// <summary>Each claim of <paramref name="sorted"/>[from..to) with its next neighbours in size (any further in the block).</summary>
    private IEnumerable<(int, int)> NeighbourPairs(decimal[] amounts, int[] sorted, int from, int to)
    {
        var maxRatio = (decimal)_options.MaxRatio;
        for (var a = from; a < to; a++)
        {
            var limit = Limit(amounts[sorted[a]], maxRatio);
            var compared = 0;
            for (var b = a + 1; b < sorted.Length && compared < _options.MaxCandidatesPerClaim; b++)
            {
                if (amounts[sorted[b]] > limit)
                {
                    break;
                }
                compared++;
                yield return (sorted[a], sorted[b]);
            }
        }
    }

    private static IEnumerable<int[]> Blocks(Claim[] claims, Func<Claim, string> key) =>
        Enumerable.Range(0, claims.Length)
            .Where(i => claims[i].Concept is not null)
            .GroupBy(i => key(claims[i]), StringComparer.Ordinal)
            .Select(block => block.OrderBy(i => claims[i].Value.Amount).ToArray());

    private static string BlockKey(Claim c) => MeasureKey(c, c.Concept);

    // One subject's figures are compared per measure family ("houses" and "houses damaged"), else per measure: one
    // body's 34,500 houses and its 3,450 houses damaged are compared whatever their sizes, as one measure's are.
    private string FamilyBlockKey(Claim c) => MeasureKey(c, lexicon.Find(c.Concept)?.Family ?? c.Concept);

    private static string MeasureKey(Claim c, string? measure) =>
        $"{c.Value.Kind}|{(c.Value.Kind == QuantityKind.Count ? "" : c.Value.Unit)}|{measure}";

    private IReadOnlyList<Finding> Findings(CheckState state, IReadOnlyList<Candidate> matches, IReadOnlyList<Candidate> possible, IReadOnlyList<(int Claim, ClaimPairJudgement Judgement)> confirmed)
    {
        var claims = state.Claims;
        var idRanks = IdRanks(claims, matches.Concat(possible));
        // Strongest first: subjects named in both sentences, then the closest figures.
        var ordered = Ordered(claims, idRanks, matches, byStrength: true).Select(m => (m.Left, m.Right)).ToArray();
        var groups = CliqueGrouper.Group(claims.Length, ordered, i => claims[i].ArticleId, (x, y) => claims[x].Scope.SharesExplicitScopeWith(claims[y].Scope));
        var judged = confirmed.GroupBy(c => c.Claim).ToDictionary(g => g.Key, g => g.Select(c => c.Judgement).ToArray());
        var findings = new List<Finding>();
        // Per claim, the 1-based numbers of the findings it is in (a claim may sit in two: CliqueGrouper), and below
        // whether a possible pair took it: arrays rather than dictionaries and sets, for millions of possible pairs.
        var grouped = new List<int>?[claims.Length];
        // Judging a group only reads its claims: every group on every core, then taken in the groups' order.
        var groupFindings = InParallel(groups.Count, k => Judge(groups[k].Select(i => claims[i]).OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Value.Start).ToArray()));
        for (var k = 0; k < groups.Count; k++)
        {
            var group = groups[k];
            var finding = groupFindings[k];
            var judgements = group.Where(judged.ContainsKey).SelectMany(i => judged[i]).ToArray();
            if (judgements.Length > 0)
            {
                finding = finding with { MatchedBy = MatchedBy(judgements) };
            }
            findings.Add(finding);
            foreach (var i in group)
            {
                (grouped[i] ??= []).Add(findings.Count);
            }
        }
        // Articles by number: millions of possible pairs then look up a number, not hash an id.
        var articleNumbers = ArticleNumbers(claims);
        var groupArticles = groups.Select(g => g.Select(i => articleNumbers[i]).ToHashSet()).ToArray();
        bool HasCounterpartIn(int claim, int article)
        {
            if (grouped[claim] is not { } gs)
            {
                return false;
            }
            // A loop, not a lambda over the article: this runs for millions of possible pairs.
            foreach (var g in gs)
            {
                if (groupArticles[g - 1].Contains(article))
                {
                    return true;
                }
            }
            return false;
        }
        // A pair of one finding's claims is no question, nor one whose figure a finding already pairs with one of the
        // other's article (a figure has at most one counterpart in another article: the article's second "10 trillion"
        // line is no question). Neither depends on which questions are asked, so such pairs leave before the questions
        // are picked from millions of possible pairs; the rest keep their order.
        bool InOneFinding(int x, int y)
        {
            if (grouped[x] is not { } gx || grouped[y] is not { } gy)
            {
                return false;
            }
            foreach (var g in gx)
            {
                if (gy.Contains(g))
                {
                    return true;
                }
            }
            return false;
        }
        bool Settled(Candidate pair) =>
            InOneFinding(pair.Left, pair.Right)
            || HasCounterpartIn(pair.Left, articleNumbers[pair.Right]) || HasCounterpartIn(pair.Right, articleNumbers[pair.Left]);
        var open = new List<Candidate>(possible.Count);
        // Each pair only reads the findings: millions of them on every core, in ranges, then taken in order.
        var settled = new bool[possible.Count];
        void Settle(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                settled[k] = Settled(possible[k]);
            }
        }
        InRanges(possible.Count, 100_000, Settle);
        for (var k = 0; k < possible.Count; k++)
        {
            if (!settled[k])
            {
                open.Add(possible[k]);
            }
        }
        // One possible match per claim at most, its closest figure: a question for the editor, not a list of every
        // same-kind figure in the run.
        var questions = ClosestQuestions.Pick(claims, idRanks, open, list => OrderedPositions(claims, idRanks, list, byStrength: false));
        findings.AddRange(InParallel(questions.Count, k =>
        {
            var pair = questions[k];
            var members = new[] { claims[pair.Left], claims[pair.Right] }.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ToArray();
            return Judge(members) with { Severity = Severity.Possible, MatchedBy = "possible: " + pair.Why };
        }));
        return findings
            .OrderBy(f => f.Severity)
            .ThenByDescending(f => f.DifferencePercent)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// <paramref name="make"/> of 0 to count - 1, in that order, made on every core in ranges once there are 2,000 (a
    /// judgement costs far more than a pair's key or settling; each only reads what it is given).
    /// </summary>
    private static T[] InParallel<T>(int count, Func<int, T> make)
    {
        var made = new T[count];
        InRanges(count, 2_000, (from, to) =>
        {
            for (var k = from; k < to; k++)
            {
                made[k] = make(k);
            }
        });
        return made;
    }

    /// <summary>
    /// <paramref name="run"/> over the ranges of 0 to count - 1: on this thread below <paramref name="serialBelow"/>,
    /// else in about four ranges per core on every core (the work of each index only reads shared state).
    /// </summary>
    private static void InRanges(int count, int serialBelow, Action<int, int> run)
    {
        if (count < serialBelow)
        {
            run(0, count);
            return;
        }
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, count, count / (4 * Environment.ProcessorCount) + 1), range => run(range.Item1, range.Item2));
    }

    /// <summary>
    /// The pairs by strength (descending, when asked), then distance of the figures, then left and right claim id, in
    /// the order a stable sort would give; millions of possible pairs are sorted, so ids compare by precomputed rank.
    /// </summary>
    /// <remarks>
    /// The keys sort on the distance as a double: doubles far enough apart that the conversion's rounding cannot
    /// reverse them are in the decimals' order. A run of keys whose doubles are that close is one exact distance
    /// almost always, which the sort already put in rank order; any other run is put in the decimals' order after.
    /// </remarks>
    private static IEnumerable<Candidate> Ordered(Claim[] claims, int[] idRanks, IReadOnlyList<Candidate> pairs, bool byStrength) =>
        OrderedPositions(claims, idRanks, pairs, byStrength).Select(k => pairs[k]);

    /// <summary>The positions of <paramref name="pairs"/> in the order <see cref="Ordered"/> gives.</summary>
    private static IEnumerable<int> OrderedPositions(Claim[] claims, int[] idRanks, IReadOnlyList<Candidate> pairs, bool byStrength)
    {
        var keys = new PairOrder[pairs.Count];
        var distances = new decimal[pairs.Count];
        // Each key only reads its pair (a decimal division each): millions of them on every core, in ranges.
        void MakeKeys(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                var (a, b) = (claims[pairs[k].Left], claims[pairs[k].Right]);
                distances[k] = Distance(a.Value.Amount, b.Value.Amount);
                keys[k] = new PairOrder(byStrength ? -Strength(a, b) : 0, (double)distances[k], idRanks[pairs[k].Left], idRanks[pairs[k].Right], k);
            }
        }
        InRanges(keys.Length, 100_000, MakeKeys);
        SortOnTwoCores(keys);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end].Strength == keys[start].Strength && Close(keys[end - 1].Near, keys[end].Near))
            {
                end++;
            }
            if (end - start > 1)
            {
                InExactOrder(distances, keys, start, end);
            }
            start = end;
        }
        // Read in order as the caller goes: no copy of millions of pairs into one more array.
        return keys.Select(key => key.Index);
    }

    // Far above the relative error of converting a decimal to a double (a few units in 2^-53).
    private const double Apart = 1e-9;

    private static bool Close(double x, double y) => Math.Abs(x - y) <= Apart * Math.Max(Math.Abs(x), Math.Abs(y));

    /// <summary>
    /// Puts <paramref name="keys"/>[from..to), keys of one strength whose doubles are too close to order them, in the
    /// exact order: the decimal distance, then the ranks and position. Runs of one exact distance (most of them) keep
    /// the sort's order, which is already that.
    /// </summary>
    private static void InExactOrder(decimal[] distances, PairOrder[] keys, int from, int to)
    {
        var (near, distance) = (keys[from].Near, distances[keys[from].Index]);
        var same = true;
        for (var k = from + 1; k < to && same; k++)
        {
            same = keys[k].Near.Equals(near) && distances[keys[k].Index] == distance;
        }
        if (same)
        {
            return;
        }
        Array.Sort(keys, from, to - from, Comparer<PairOrder>.Create((x, y) =>
        {
            var order = distances[x.Index].CompareTo(distances[y.Index]);
            return order != 0 ? order : x.Left != y.Left ? x.Left.CompareTo(y.Left) : x.Right != y.Right ? x.Right.CompareTo(y.Right) : x.Index.CompareTo(y.Index);
        }));
    }

    /// <summary>
    /// A pair's place in <see cref="Ordered"/> up to its exact distance: strength, distance as a double, left and right
    /// id rank, position (see <see cref="Ordered"/> for the runs of close doubles).
    /// </summary>
    private readonly record struct PairOrder(int Strength, double Near, int Left, int Right, int Index) : IComparable<PairOrder>
    {
        public int CompareTo(PairOrder other)
        {
            if (Strength != other.Strength)
            {
                return Strength.CompareTo(other.Strength);
            }
            if (Near != other.Near)
            {
                return Near < other.Near ? -1 : 1;
            }
            return Left != other.Left ? Left.CompareTo(other.Left) : Right != other.Right ? Right.CompareTo(other.Right) : Index.CompareTo(other.Index);
        }
    }

    /// <summary>
    /// Sorts <paramref name="keys"/> in place on two cores: split around a key from a sample (the smaller ones first),
    /// then each part sorted on its own core. The keys are distinct (they end with a position), so the order is the one
    /// a single sort gives, and no second array of millions of keys is needed to merge two sorted halves.
    /// </summary>
    internal static void SortOnTwoCores<T>(T[] keys)
        where T : IComparable<T>
    {
        if (keys.Length < 100_000)
        {
            Array.Sort(keys);
            return;
        }
        var sample = new T[SampleSize];
        for (var k = 0; k < SampleSize; k++)
        {
            sample[k] = keys[(int)((long)k * keys.Length / SampleSize)];
        }
        Array.Sort(sample);
        var pivot = sample[SampleSize / 2];
        var smaller = 0;
        for (var k = 0; k < keys.Length; k++)
        {
            if (keys[k].CompareTo(pivot) < 0)
            {
                (keys[smaller], keys[k]) = (keys[k], keys[smaller]);
                smaller++;
            }
        }
        Parallel.Invoke(() => Array.Sort(keys, 0, smaller), () => Array.Sort(keys, smaller, keys.Length - smaller));
    }

    // Enough keys to put the split near the middle whatever their order (a few percent off at worst).
    private const int SampleSize = 1023;

    /// <summary>Per claim, a number for its article (one per distinct article id).</summary>
    private static int[] ArticleNumbers(Claim[] claims)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return Array.ConvertAll(claims, c => numbers.TryGetValue(c.ArticleId, out var n) ? n : numbers[c.ArticleId] = numbers.Count);
    }

    /// <summary>
    /// Each claim's place in the ordinal order of the ids of the claims in <paramref name="pairs"/> (equal ids share
    /// one; claims in no pair are not ranked).
    /// </summary>
    private static int[] IdRanks(Claim[] claims, IEnumerable<Candidate> pairs)
    {
        var paired = new bool[claims.Length];
        foreach (var pair in pairs)
        {
            paired[pair.Left] = paired[pair.Right] = true;
        }
        var order = Enumerable.Range(0, claims.Length).Where(i => paired[i]).ToArray();
        Array.Sort(order, (x, y) => string.CompareOrdinal(claims[x].Id, claims[y].Id));
        var ranks = new int[claims.Length];
        for (var k = 1; k < order.Length; k++)
        {
            ranks[order[k]] = claims[order[k]].Id == claims[order[k - 1]].Id ? ranks[order[k - 1]] : k;
        }
        return ranks;
    }

    private static int Strength(Claim a, Claim b) =>
        (a.SubjectSource == SubjectSource.Sentence ? 1 : 0) + (b.SubjectSource == SubjectSource.Sentence ? 1 : 0) + (a.SubjectId is not null && a.SubjectId == b.SubjectId ? 2 : 0);

    private static decimal Distance(decimal a, decimal b)
    {
        var (min, max) = a < b ? (a, b) : (b, a);
        return min > 0 ? max / min : max - min;
    }

    /// <summary>"llm:MatchClaims@1a2b: both give the city's 2027 flood budget; ..." (at most three distinct reasons).</summary>
    private static string MatchedBy(IReadOnlyList<ClaimPairJudgement> judgements)
    {
        var reasons = judgements.Select(j => j.Reason.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).Take(3).ToArray();
        var source = judgements[0].Source;
        return reasons.Length == 0 ? source : $"{source}: {string.Join("; ", reasons)}";
    }

    private Finding Judge(IReadOnlyList<Claim> members)
    {
        var reason = VerdictReason.Equal;
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                var pair = Compare(members[i].Value, members[j].Value);
                if (pair < VerdictReason.Disjoint && !members[i].Scope.IsCompatibleWith(members[j].Scope))
                {
                    // Only one figure for two scopes joins claims whose scopes differ (see PairAssessor).
                    pair = VerdictReason.ScopeDiffers;
                }
                if (pair > reason)
                {
                    reason = pair;
                }
            }
        }
        var amounts = members.Select(c => c.Value.Amount).ToArray();
        var (min, max) = (amounts.Min(), amounts.Max());
        var difference = min > 0 ? Math.Round((max - min) / min * 100m, 2) : 0m;
        var first = members[0];
        return new Finding
        {
            Id = StableId.Of(members.Select(c => c.Id).Order(StringComparer.Ordinal).ToArray()),
            Severity = ValueComparer.SeverityOf(reason),
            Reason = reason,
            Concept = first.Concept,
            Topic = TopicOf(first),
            ClaimIds = members.Select(c => c.Id).ToArray(),
            DifferencePercent = difference,
        };
    }

    /// <summary>How two figures relate: the worse pair decides the group's severity.</summary>
    internal VerdictReason Compare(Quantity a, Quantity b) => ValueComparer.Compare(a, b, _options.HedgeSlack);

    /// <summary>The topic a finding about this claim is named by: "budget (KRW)".</summary>
    public static string TopicOf(Claim c)
    {
        var concept = c.Concept is null ? "figure"
            : c.Concept.StartsWith("noun:", StringComparison.Ordinal) ? c.Concept[5..]
            : c.Concept.StartsWith(Claims.ClaimExtractor.ValueOf, StringComparison.Ordinal) ? "value of " + c.Concept[Claims.ClaimExtractor.ValueOf.Length..]
            : c.Concept;
        return c.Value.Kind switch
        {
            QuantityKind.Money => $"{concept} ({c.Value.Unit})",
            QuantityKind.Percent => $"{concept} (%)",
            QuantityKind.Multiplier => $"{concept} (growth multiple)",
            _ => $"{concept} (count)",
        };
    }

    private static ClaimPair ToClaimPair(Claim[] claims, Candidate pair, Dictionary<string, DateOnly?>? dates)
    {
        var (a, b) = (claims[pair.Left], claims[pair.Right]);
        if (string.CompareOrdinal(a.Id, b.Id) > 0)
        {
            (a, b) = (b, a);
        }
        return new ClaimPair(StableId.Of("pair", a.Id, b.Id), a, b, dates?.GetValueOrDefault(a.ArticleId), dates?.GetValueOrDefault(b.ArticleId), OfflineSameFact: false, pair.Why);
    }

    /// <param name="Left">Claim index.</param>
    /// <param name="Right">Claim index.</param>
    internal readonly record struct Candidate(int Left, int Right, string Why);

    internal sealed record CheckState(Claim[] Claims, List<Candidate> Matches, List<Candidate> Possible);
}
