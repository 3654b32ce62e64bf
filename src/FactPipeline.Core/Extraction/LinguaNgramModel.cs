using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Lingua;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// One language's unigram, bigram and trigram probabilities from Lingua's own model files, stored as their natural
/// logarithms in open-addressing tables keyed by the n-gram's UTF-16 characters packed into a number. Lingua
/// keeps the same figures in dictionaries keyed by string and makes a string for every lookup; here a lookup
/// allocates nothing (<see cref="TrigramLanguageScorer"/>). The figures are parsed exactly as Lingua parses them
/// (count / total as doubles), and the logarithm is the one Lingua takes per lookup, taken once at load.
/// Loaded on first use, once per process and language. Thread-safe.
/// Derived from Lingua (Apache License 2.0): see LICENSE-Lingua.txt in this folder.
/// </summary>
internal sealed class LinguaNgramModel
{
    /// <summary>Where Lingua reads its models when no directory is given (LanguageDetector's default).</summary>
    private static readonly string ModelsDirectory = Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");

    private static readonly Lazy<LinguaNgramModel>[] Models = CreateSlots();

    // Trigrams apart from the few unigrams and bigrams they back off to, which then stay in the processor's cache.
    private readonly Table _trigrams;
    private readonly Table _shorter;

    private LinguaNgramModel(List<Entry> trigrams, List<Entry> shorter)
    {
        _trigrams = new Table(trigrams);
        _shorter = new Table(shorter);
    }

    /// <summary>Number of n-grams with a positive probability.</summary>
    public int Count => _trigrams.Count + _shorter.Count;

    /// <summary>Memory the tables take.</summary>
    public long Bytes => _trigrams.Bytes + _shorter.Bytes;

    public static LinguaNgramModel Of(Language language) => Models[(int)language].Value;

    /// <summary>
    /// The log probability of a trigram (<see cref="Pack3"/>), else of its first two letters, else of its first
    /// letter (Lingua's back-off: the first positive probability wins); false when none has one.
    /// </summary>
    public bool TryTrigramLog(ulong trigram, out double log) =>
        _trigrams.TryGet(trigram, out log)
        || _shorter.TryGet((trigram & 0xFFFF_FFFFUL) | (2UL << 48), out log)
        || _shorter.TryGet((trigram & 0xFFFFUL) | (1UL << 48), out log);

    public static ulong Pack1(char a) => a | (1UL << 48);

    public static ulong Pack2(char a, char b) => a | ((ulong)b << 16) | (2UL << 48);

    public static ulong Pack3(char a, char b, char c) => a | ((ulong)b << 16) | ((ulong)c << 32) | (3UL << 48);

    /// <summary>A packed n-gram (never 0: its length is in it) and its log probability.</summary>
    private readonly record struct Entry(ulong Key, double Log);

    /// <summary>Open addressing, linear probing, at most half full; a key and its value side by side.</summary>
    private sealed class Table
    {
        private readonly Entry[] _entries;
        private readonly int _shift;

        public Table(List<Entry> entries)
        {
            var capacity = 16;
            while (capacity < entries.Count * 2)
            {
                capacity *= 2;
            }
            _entries = new Entry[capacity];
            _shift = 64 - int.Log2(capacity);
            foreach (var entry in entries)
            {
                var slot = Slot(entry.Key);
                while (_entries[slot].Key != 0 && _entries[slot].Key != entry.Key)
                {
                    slot = (slot + 1) & (capacity - 1);
                }
                // A repeated n-gram would make Lingua's loading throw; the models have none. The first one stays.
                if (_entries[slot].Key == 0)
                {
                    _entries[slot] = entry;
                    Count++;
                }
            }
        }

        public int Count { get; }

        public long Bytes => (long)_entries.Length * Unsafe.SizeOf<Entry>();

        public bool TryGet(ulong key, out double log)
        {
            var entries = _entries;
            var slot = Slot(key);
            while (true)
            {
                ref readonly var entry = ref entries[slot];
                if (entry.Key == key)
                {
                    log = entry.Log;
                    return true;
                }
                if (entry.Key == 0)
                {
                    log = 0;
                    return false;
                }
                slot = (slot + 1) & (entries.Length - 1);
            }
        }

        private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
    }

    private static Lazy<LinguaNgramModel>[] CreateSlots()
    {
        var languages = Enum.GetValues<Language>();
        var slots = new Lazy<LinguaNgramModel>[languages.Max(language => (int)language) + 1];
        foreach (var language in languages)
        {
            slots[(int)language] = new Lazy<LinguaNgramModel>(() => Load(language), LazyThreadSafetyMode.ExecutionAndPublication);
        }
        return slots;
    }

    private static LinguaNgramModel Load(Language language)
    {
        var folder = Path.Combine(ModelsDirectory, language.IsoCode6391().ToString().ToLowerInvariant());
        var shorter = new List<Entry>();
        var trigrams = new List<Entry>();
        Read(Path.Combine(folder, "unigrams.json.br"), 1, shorter);
        Read(Path.Combine(folder, "bigrams.json.br"), 2, shorter);
        Read(Path.Combine(folder, "trigrams.json.br"), 3, trigrams);
        return new LinguaNgramModel(trigrams, shorter);
    }

    /// <summary>
    /// Lingua's model format: {"language": "...", "ngrams": {"count/total": "ngram ngram ...", ...}}. An n-gram
    /// of another length than the file's is never looked up by Lingua (it picks the file by the length), so it is
    /// skipped; a missing file is an empty model, as in Lingua.
    /// </summary>
    private static void Read(string path, int length, List<Entry> entries)
    {
        byte[] json;
        try
        {
            using var file = File.OpenRead(path);
            using var brotli = new BrotliStream(file, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            brotli.CopyTo(buffer);
            json = buffer.ToArray();
        }
        catch (FileNotFoundException)
        {
            return;
        }
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("ngrams"u8))
            {
                continue;
            }
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var fraction = reader.GetString()!;
                var slash = fraction.IndexOf('/');
                var probability = double.Parse(fraction.AsSpan(0, slash), CultureInfo.InvariantCulture)
                    / int.Parse(fraction.AsSpan(slash + 1), CultureInfo.InvariantCulture);
                reader.Read();
                var ngrams = reader.GetString()!;
                // Lingua skips a probability that is not positive and backs off to the shorter n-gram.
                if (!(probability > 0))
                {
                    continue;
                }
                var log = Math.Log(probability);
                foreach (var range in ngrams.AsSpan().Split(' '))
                {
                    var ngram = ngrams.AsSpan(range);
                    if (ngram.Length != length)
                    {
                        continue;
                    }
                    var key = length switch
                    {
                        1 => Pack1(ngram[0]),
                        2 => Pack2(ngram[0], ngram[1]),
                        _ => Pack3(ngram[0], ngram[1], ngram[2]),
                    };
                    entries.Add(new Entry(key, log));
                }
            }
        }
    }
}
