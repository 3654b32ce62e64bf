using Lingua;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Lingua's <see cref="LanguageDetector.ComputeLanguageConfidenceValues"/> for one detector, with the same
/// languages and the same doubles bit for bit, computed here when Lingua would read trigrams only (a cleaned-up
/// text of 120 characters or more, or any text for a detector in low-accuracy mode) and left to Lingua otherwise.
/// Why: on that path Lingua spends most of an article's extraction time outside the arithmetic, making a string
/// and a dictionary lookup through a ConcurrentDictionary and a Lazy for every n-gram of every language, inside a
/// Parallel.ForEach per call (the pipeline already runs articles on every core). This scorer takes Lingua's steps
/// in Lingua's order (<see cref="LinguaRules"/>: clean-up, words, script rules, language filter; then the
/// distinct trigrams in order of first appearance, each backed off to its bigram and unigram, log probabilities
/// summed per language, exp, normalised, sorted stably) over tables that look up without allocating
/// (<see cref="LinguaNgramModel"/>). TrigramLanguageScorerTests, and `bench langid-scorer` on the AEB pages, compare both
/// bit for bit. Thread-safe.
/// Derived from Lingua (Apache License 2.0): see LICENSE-Lingua.txt in this folder.
/// </summary>
internal sealed class TrigramLanguageScorer
{
    /// <summary>From this length of cleaned-up text on, Lingua reads trigrams only (its HighAccuracyModeMaxTextLength).</summary>
    internal const int TrigramOnlyLength = 120;

    private static readonly int LanguageSlots = Enum.GetValues<Language>().Max(language => (int)language) + 1;

    [ThreadStatic]
    private static Scratch? _scratch;

    private readonly LanguageDetector _detector;
    private readonly bool _lowAccuracyMode;

    /// <summary>The detector's languages in the order its own set enumerates them (Lingua's results keep that order among equals).</summary>
    private readonly Language[] _languages;

    /// <summary>Index in <see cref="_languages"/> of each language, -1 for those the detector does not know.</summary>
    private readonly int[] _indexOf;

    /// <summary>For a script only one language is written in (Hangul, Thai, Greek...): that language if a candidate, else -1.</summary>
    private readonly int[] _oneLanguageOfScript;

    /// <summary>Candidates with letters of their own (German ß, Vietnamese ơ...), per letter, in candidate order.</summary>
    private readonly Dictionary<char, Language[]> _uniqueLetterLanguages;

    public TrigramLanguageScorer(LanguageDetector detector, bool lowAccuracyMode)
    {
        _detector = detector;
        _lowAccuracyMode = lowAccuracyMode;
        _languages = [.. detector.Languages];
        _indexOf = Enumerable.Repeat(-1, LanguageSlots).ToArray();
        for (var i = 0; i < _languages.Length; i++)
        {
            _indexOf[(int)_languages[i]] = i;
        }
        _oneLanguageOfScript = Enumerable.Repeat(-1, byte.MaxValue + 1).ToArray();
        var everyLanguage = Enum.GetValues<Language>().Where(language => language != Language.Unknown).ToArray();
        foreach (var script in everyLanguage.SelectMany(LinguaRules.AlphabetsOf).Distinct())
        {
            var writers = everyLanguage.Where(language => LinguaRules.AlphabetsOf(language).Contains(script)).ToArray();
            if (writers.Length == 1 && _indexOf[(int)writers[0]] >= 0)
            {
                _oneLanguageOfScript[(int)script] = (int)writers[0];
            }
        }
        _uniqueLetterLanguages = _languages
            .Where(language => !string.IsNullOrWhiteSpace(language.UniqueCharacters()))
            .SelectMany(language => language.UniqueCharacters()!.Distinct().Select(letter => (letter, language)))
            .GroupBy(pair => pair.letter, pair => pair.language)
            .ToDictionary(group => group.Key, group => group.ToArray());
    }

    /// <summary>Lingua's confidence per language, highest first: computed here on Lingua's trigram path, by Lingua otherwise.</summary>
    public IEnumerable<KeyValuePair<Language, double>> ConfidenceValues(string text) =>
        TryScore(text) ?? (IEnumerable<KeyValuePair<Language, double>>)_detector.ComputeLanguageConfidenceValues(text);

    /// <summary>What Lingua's ComputeLanguageConfidenceValues returns, in its order; null where Lingua would read all five n-gram sizes.</summary>
    internal KeyValuePair<Language, double>[]? TryScore(string text)
    {
        var scratch = _scratch ??= new Scratch(LanguageSlots);
        var length = LinguaRules.CleanUp(text, ref scratch.Text);
        if (!_lowAccuracyMode && length < TrigramOnlyLength)
        {
            return null;
        }
        var cleaned = scratch.Text.AsSpan(0, length);
        var values = new double[_languages.Length];
        if (length == 0 || !HasLetter(cleaned))
        {
            return Ordered(values);
        }
        SplitIntoWords(cleaned, scratch.Words);
        var ruled = DetectWithRules(cleaned, scratch);
        if (ruled != Language.Unknown)
        {
            values[_indexOf[(int)ruled]] = 1.0;
            return Ordered(values);
        }
        var filtered = FilterByRules(cleaned, scratch);
        if (filtered.Count == 1)
        {
            values[_indexOf[(int)filtered[0]]] = 1.0;
            return Ordered(values);
        }
        if (_lowAccuracyMode && length < 3)
        {
            return Ordered(values);
        }
        CollectTrigrams(cleaned, scratch);
        Score(filtered, scratch.Trigrams, values);
        return Ordered(values);
    }

    /// <summary>
    /// Lingua's ComputeLanguageProbabilities, SumUpProbabilities and ComputeConfidenceValues for one n-gram size:
    /// the same terms added in the same order.
    /// </summary>
    private void Score(List<Language> filtered, List<ulong> trigrams, double[] values)
    {
        Span<double> logSums = stackalloc double[filtered.Count];
        Span<bool> scored = stackalloc bool[filtered.Count];
        var anyScored = false;
        for (var i = 0; i < filtered.Count; i++)
        {
            var model = LinguaNgramModel.Of(filtered[i]);
            var sum = 0.0;
            foreach (var trigram in trigrams)
            {
                if (model.TryTrigramLog(trigram, out var log))
                {
                    sum += log;
                }
            }
            logSums[i] = sum;
            scored[i] = sum < 0.0;
            anyScored |= scored[i];
        }
        if (!anyScored)
        {
            return;
        }
        Span<double> probabilities = stackalloc double[filtered.Count];
        var total = 0.0;
        for (var i = 0; i < filtered.Count; i++)
        {
            if (scored[i])
            {
                // Lingua adds the one sum to 0.0 first: the same number, as the sum is negative.
                probabilities[i] = Math.Exp(logSums[i]);
                total += probabilities[i];
            }
        }
        if (total == 0.0)
        {
            // Every probability underflowed: the highest log sum, the first of equals, takes all.
            var best = -1;
            for (var i = 0; i < filtered.Count; i++)
            {
                if (scored[i] && (best < 0 || logSums[i] > logSums[best]))
                {
                    best = i;
                }
            }
            values[_indexOf[(int)filtered[best]]] = 1.0;
            return;
        }
        for (var i = 0; i < filtered.Count; i++)
        {
            if (scored[i])
            {
                values[_indexOf[(int)filtered[i]]] = probabilities[i] / total;
            }
        }
    }

    /// <summary>The languages in the detector's order, sorted by value descending, keeping that order among equals (LINQ's OrderByDescending).</summary>
    private KeyValuePair<Language, double>[] Ordered(double[] values)
    {
        var ordered = new KeyValuePair<Language, double>[_languages.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            var value = values[i];
            var at = i;
            while (at > 0 && ordered[at - 1].Value < value)
            {
                ordered[at] = ordered[at - 1];
                at--;
            }
            ordered[at] = new KeyValuePair<Language, double>(_languages[i], value);
        }
        return ordered;
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Lingua's SplitTextIntoWords: words between spaces, and every logogram a word of its own.</summary>
    private static void SplitIntoWords(ReadOnlySpan<char> text, List<Range> words)
    {
        words.Clear();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (start != i)
                {
                    words.Add(start..i);
                }
                start = i + 1;
            }
            else if (LinguaRules.IsLogogram(c))
            {
                if (start != i)
                {
                    words.Add(start..i);
                }
                words.Add(i..(i + 1));
                start = i + 1;
            }
        }
        if (start != text.Length)
        {
            words.Add(start..text.Length);
        }
    }

    /// <summary>
    /// Lingua's DetectLanguageWithRules: each word votes for the one candidate its letters point to (a script of
    /// one language, Han, kana, a language's own letter), else for Unknown; the vote decides when it is clear.
    /// </summary>
    private Language DetectWithRules(ReadOnlySpan<char> text, Scratch scratch)
    {
        var votes = scratch.Votes;
        votes.Clear();
        foreach (var range in scratch.Words)
        {
            var word = scratch.WordCounts;
            word.Clear();
            foreach (var c in text[range])
            {
                var script = LinguaRules.ScriptOf(c);
                var oneLanguage = _oneLanguageOfScript[(int)script];
                if (oneLanguage >= 0)
                {
                    word.Increment(oneLanguage);
                }
                else if (script == UnicodeScript.Han)
                {
                    word.Increment((int)Language.Chinese);
                }
                else if (script is UnicodeScript.Hiragana or UnicodeScript.Katakana)
                {
                    word.Increment((int)Language.Japanese);
                }
                else if (script is UnicodeScript.Latin or UnicodeScript.Cyrillic or UnicodeScript.Devanagari
                         && _uniqueLetterLanguages.TryGetValue(c, out var owners))
                {
                    foreach (var owner in owners)
                    {
                        word.Increment((int)owner);
                    }
                }
            }
            var vote = word.Keys.Count switch
            {
                0 => -1,
                1 => word.Keys[0],
                _ => word.ClearLeader(),
            };
            votes.Increment(vote >= 0 && IsCandidate(vote) ? vote : (int)Language.Unknown);
        }
        if (votes.CountOf((int)Language.Unknown) < 0.5 * scratch.Words.Count)
        {
            votes.Remove((int)Language.Unknown);
        }
        return votes.Keys.Count switch
        {
            0 => Language.Unknown,
            1 => (Language)votes.Keys[0],
            2 when votes.CountOf((int)Language.Chinese) > 0 && votes.CountOf((int)Language.Japanese) > 0 => Language.Japanese,
            _ => votes.ClearLeader() is var leader and >= 0 ? (Language)leader : Language.Unknown,
        };
    }

    /// <summary>
    /// Lingua's FilterLanguagesByRules: the candidates written in the script most of the text is in, narrowed to
    /// those whose shared letters (<see cref="LinguaRules.CharsToLanguages"/>) appear in half the words or more.
    /// </summary>
    private List<Language> FilterByRules(ReadOnlySpan<char> text, Scratch scratch)
    {
        var alphabets = scratch.AlphabetCounts;
        alphabets.Clear();
        foreach (var range in scratch.Words)
        {
            var word = text[range];
            var script = LinguaRules.ScriptOf(word[0]);
            if (!LinguaRules.IsAlphabet(script))
            {
                continue;
            }
            var allInScript = true;
            foreach (var c in word)
            {
                allInScript &= LinguaRules.ScriptOf(c) == script;
            }
            if (allInScript)
            {
                alphabets.Increment((int)script, word.Length);
            }
        }
        var filtered = scratch.Filtered;
        filtered.Clear();
        if (alphabets.Keys.Count == 0 || (alphabets.Keys.Count > 1 && alphabets.AllEqual()))
        {
            filtered.AddRange(_languages);
            return filtered;
        }
        var mostFrequent = (UnicodeScript)alphabets.FirstMax();
        var inScript = scratch.InScript;
        inScript.Clear();
        foreach (var language in _languages)
        {
            if (LinguaRules.AlphabetsOf(language).Contains(mostFrequent))
            {
                inScript.Add(language);
            }
        }
        var letterCounts = scratch.WordCounts;
        letterCounts.Clear();
        var sharing = scratch.Sharing;
        foreach (var (letters, languages) in LinguaRules.CharsToLanguages)
        {
            sharing.Clear();
            foreach (var language in languages)
            {
                if (inScript.Contains(language))
                {
                    sharing.Add(language);
                }
            }
            if (sharing.Count == 0)
            {
                continue;
            }
            foreach (var range in scratch.Words)
            {
                var word = text[range];
                // The shared letters are all outside ASCII: a plain word counts for nobody.
                if (!word.ContainsAnyExceptInRange('\0', '\x7F'))
                {
                    continue;
                }
                foreach (var letter in letters)
                {
                    if (word.Contains(letter))
                    {
                        foreach (var language in sharing)
                        {
                            letterCounts.Increment((int)language);
                        }
                    }
                }
            }
        }
        var halfWordCount = 0.5 * scratch.Words.Count;
        foreach (var language in letterCounts.Keys)
        {
            if (letterCounts.CountOf(language) >= halfWordCount)
            {
                filtered.Add((Language)language);
            }
        }
        if (filtered.Count == 0)
        {
            filtered.AddRange(inScript);
        }
        return filtered;
    }

    /// <summary>Lingua's TestLanguageModel of trigrams: every three letters in a run of letters, each once, in order of first appearance.</summary>
    private static void CollectTrigrams(ReadOnlySpan<char> text, Scratch scratch)
    {
        var trigrams = scratch.Trigrams;
        var seen = scratch.SeenTrigrams;
        trigrams.Clear();
        seen.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
            for (var j = start; j + 3 <= i; j++)
            {
                var trigram = LinguaNgramModel.Pack3(text[j], text[j + 1], text[j + 2]);
                if (seen.Add(trigram))
                {
                    trigrams.Add(trigram);
                }
            }
        }
    }

    private bool IsCandidate(int language) => _indexOf[language] >= 0;

    /// <summary>Buffers one thread reuses from text to text.</summary>
    private sealed class Scratch(int languageSlots)
    {
        public char[] Text = new char[512];
        public readonly List<Range> Words = [];
        public readonly OrderedCounts WordCounts = new(languageSlots);
        public readonly OrderedCounts Votes = new(languageSlots);
        public readonly OrderedCounts AlphabetCounts = new(byte.MaxValue + 1);
        public readonly List<Language> Filtered = [];
        public readonly List<Language> InScript = [];
        public readonly List<Language> Sharing = [];
        public readonly List<ulong> Trigrams = [];
        public readonly HashSet<ulong> SeenTrigrams = [];
    }

    /// <summary>
    /// Counts per key in order of first count: Lingua's Dictionary&lt;TKey, int&gt; with IncrementCounter, whose
    /// enumeration order decides among equal counts. Keys are small numbers (a language, a script).
    /// </summary>
    private sealed class OrderedCounts(int slots)
    {
        private readonly int[] _counts = new int[slots];

        public List<int> Keys { get; } = [];

        public int CountOf(int key) => _counts[key];

        public void Increment(int key, int by = 1)
        {
            if (_counts[key] == 0)
            {
                Keys.Add(key);
            }
            _counts[key] += by;
        }

        public void Remove(int key)
        {
            if (_counts[key] != 0)
            {
                _counts[key] = 0;
                Keys.Remove(key);
            }
        }

        public void Clear()
        {
            foreach (var key in Keys)
            {
                _counts[key] = 0;
            }
            Keys.Clear();
        }

        /// <summary>The first key with the highest count (LINQ's MaxBy).</summary>
        public int FirstMax()
        {
            var best = Keys[0];
            foreach (var key in Keys)
            {
                if (_counts[key] > _counts[best])
                {
                    best = key;
                }
            }
            return best;
        }

        /// <summary>The key with the highest count when no other has as many (the first two of a stable sort differ), else -1.</summary>
        public int ClearLeader()
        {
            var best = FirstMax();
            foreach (var key in Keys)
            {
                if (key != best && _counts[key] == _counts[best])
                {
                    return -1;
                }
            }
            return best;
        }

        public bool AllEqual() => Keys.TrueForAll(key => _counts[key] == _counts[Keys[0]]);
    }
}
