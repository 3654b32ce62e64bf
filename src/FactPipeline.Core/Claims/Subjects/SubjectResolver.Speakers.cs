using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims.Subjects;

/// <summary>
/// A speaker's office names who says a figure, not whose figure it is or where: "Head of the Bima SAR Office I Made
/// Wirya said", "Kepala Kantor SAR Bima … mengatakan", "Direktur Jenderal EBTKE Kementerian ESDM Arif mengatakan",
/// "Giám đốc Sở Y tế Cần Thơ cho biết", "서울시 관계자는 … 말했다", "卫生局局长阮某表示", "the embassy in Jakarta said".
/// The bodies and places inside such a phrase are its sources, as the body itself is in "BPS mengatakan".
/// </summary>
public sealed partial class SubjectResolver
{
    // A speaker's phrase is a title, a body's name and a person's name: longer runs of words are clauses.
    private const int MaxSpeakerWords = 16;
    // Words of a body's name before a title that ends the phrase ("the Bima SAR chief", "Seoul city official").
    private const int MaxWordsBeforeTitle = 6;
    // Han or Hangul characters of a body's name before a title ("芹苴市卫生局局长", "인도네시아 국가수색구조청장").
    private const int MaxCjkBeforeTitle = 24;
    // A Chinese title stands before a short name or date and the saying word ("局长阮文和21日表示").
    private const int MaxCjkNameAfterTitle = 8;

    private static readonly string[] KoreanTopicParticles = ["은", "는", "이", "가"];

    /// <summary>The spans of a sentence that are speakers' phrases: entities inside them are sources.</summary>
    private List<(int Start, int End)> SpeakerSpans(string sentence, IReadOnlyList<Quantity> quantities)
    {
        var spans = new List<(int, int)>();
        foreach (var title in cues.SpeakerTitlesLatin)
        {
            for (var at = IndexOfWord(sentence, title, 0); at >= 0; at = IndexOfWord(sentence, title, at + title.Length))
            {
                if (LatinSpeaker(sentence, at, at + title.Length, quantities) is { } span)
                {
                    spans.Add(span);
                }
            }
        }
        // A title can only be found where its first character is: most sentences hold no Han or Hangul at all.
        var (zhFirst, koFirst) = _titleStarts ??= (FirstCharacters(cues.SpeakerTitlesZh), FirstCharacters(cues.SpeakerTitlesKo));
        foreach (var title in sentence.AsSpan().IndexOfAny(zhFirst) < 0 ? [] : cues.SpeakerTitlesZh)
        {
            for (var at = sentence.IndexOf(title, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(title, at + title.Length, StringComparison.Ordinal))
            {
                if (ChineseSpeaker(sentence, at, at + title.Length, quantities) is { } span)
                {
                    spans.Add(span);
                }
            }
        }
        foreach (var title in sentence.AsSpan().IndexOfAny(koFirst) < 0 ? [] : cues.SpeakerTitlesKo)
        {
            for (var at = sentence.IndexOf(title, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(title, at + title.Length, StringComparison.Ordinal))
            {
                if (KoreanSpeaker(sentence, at, at + title.Length, quantities) is { } span)
                {
                    spans.Add(span);
                }
            }
        }
        return spans;
    }

    private (System.Buffers.SearchValues<char> Zh, System.Buffers.SearchValues<char> Ko)? _titleStarts;

    private static System.Buffers.SearchValues<char> FirstCharacters(IEnumerable<string> titles) =>
        System.Buffers.SearchValues.Create([.. titles.Where(t => t.Length > 0).Select(t => t[0]).Distinct()]);

    /// <summary>
    /// "Kepala Kantor SAR Bima I Made Wirya di Bima, Sabtu, mengatakan", "Bima SAR chief I Made Wirya said": from the
    /// title, names and a few office words lead to a saying word (or, after "menurut" / "according to", to the comma
    /// that ends the attribution); the names of a body just before the title belong to the phrase too.
    /// </summary>
    private (int, int)? LatinSpeaker(string sentence, int titleStart, int titleEnd, IReadOnlyList<Quantity> quantities)
    {
        var start = PhraseStartBefore(sentence, titleStart, quantities, out var according);
        var p = titleEnd;
        var words = 0;
        var commaBefore = false;
        var capitalBefore = false;
        while (true)
        {
            while (p < sentence.Length && sentence[p] == ' ')
            {
                p++;
            }
            if (p >= sentence.Length)
            {
                // "…, according to the head of the Bima SAR office."
                return according ? (start, p) : null;
            }
            var rest = sentence[p..];
            if (cues.SourceAfter.Any(m => m[0] < '\u3000' && StartsWithWord(rest, m)))
            {
                return TellsItsOwn(rest) || BodyFollows(rest) ? null : (start, p);
            }
            var end = sentence.IndexOf(' ', p);
            end = end < 0 ? sentence.Length : end;
            var raw = sentence[p..end];
            var word = raw.Trim('(', ')', ',', '.');
            if (commaBefore && !(word.Length > 0 && char.IsUpper(word[0])))
            {
                // "menurut Kepala Dinas Kesehatan Jawa Timur, jumlah kasus …": the attribution ends at the comma.
                return according ? (start, p) : null;
            }
            if (++words > MaxSpeakerWords || raw.IndexOfAny(['"', '“', '”', ';', ':', '!', '?']) >= 0
                || (raw.EndsWith('.') && word.Length > 3) || word.Length == 0
                || quantities.Any(q => q.Start < end && p < q.End)
                || !(char.IsUpper(word[0]) || cues.SpeakerPhraseWords.Contains(word) || cues.SpeakerTitlesLatin.Contains(word.ToLowerInvariant())
                    || (capitalBefore && IsVietnameseSyllable(word))))
            {
                return null;
            }
            capitalBefore = char.IsUpper(word[0]);
            commaBefore = raw.EndsWith(',');
            p = end;
        }
    }

    /// <summary>
    /// "Đại diện X cho biết, hãng đã …", "the head of X said the company …": the speaker's body is what the saying
    /// word's clause is about, so it tells its own figure.
    /// </summary>
    private bool BodyFollows(string rest)
    {
        var marker = cues.SourceAfter.Where(m => StartsWithWord(rest, m)).MaxBy(m => m.Length)!;
        var clause = rest.TrimStart(',', ' ')[marker.Length..].TrimStart(',', ' ');
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = string.Join(' ', words.Take(MaxWordsToBody));
        return MentionsABody(head);
    }

    // "said the company", "cho biết, năm 2025 hãng": the body is named among the clause's first words.
    private const int MaxWordsToBody = 5;

    /// <summary>
    /// "Sở Y tế", "Cục Hàng hải": a Vietnamese office's name goes on in lower-case syllables after its capital one. A
    /// syllable with a Vietnamese mark right after a capitalised word is taken as part of the name; a second
    /// lower-case syllable must be one of the phrase words.
    /// </summary>
    private static bool IsVietnameseSyllable(string word) =>
        word.All(char.IsLower) && (word.Contains('đ') || word.Normalize(System.Text.NormalizationForm.FormD).Any(c => c is >= '\u0300' and <= '\u036F'));

    /// <summary>
    /// Where the phrase of a title starts: the names and office words just before it ("the Bima SAR chief"), back to a
    /// comma, a figure or any other word. <paramref name="according"/>: an attribution word opens the phrase
    /// ("menurut Kepala …", "according to the head of …", "theo Giám đốc …").
    /// </summary>
    private int PhraseStartBefore(string sentence, int titleStart, IReadOnlyList<Quantity> quantities, out bool according)
    {
        var start = titleStart;
        according = EndsWithAnyWord(sentence.AsSpan(0, titleStart), cues.SourceBefore);
        for (var words = 0; words < MaxWordsBeforeTitle && !according; words++)
        {
            var end = start;
            while (end > 0 && sentence[end - 1] == ' ')
            {
                end--;
            }
            var begin = sentence.LastIndexOf(' ', Math.Max(0, end - 1)) + 1;
            if (end == 0 || begin >= end)
            {
                break;
            }
            var word = sentence[begin..end];
            if (word.IndexOfAny([',', '.', ';', ':', '"', '“', '”', ')', '(']) >= 0 || quantities.Any(q => q.Start < end && begin < q.End)
                || !(char.IsUpper(word[0]) || cues.SpeakerPhraseWords.Contains(word)))
            {
                break;
            }
            start = begin;
            according = EndsWithAnyWord(sentence.AsSpan(0, start), cues.SourceBefore);
        }
        return start;
    }

    /// <summary>"芹苴市卫生局局长阮文和表示", "据该局负责人介绍，": the body before the title, the title, a name, the saying word.</summary>
    private (int, int)? ChineseSpeaker(string sentence, int titleStart, int titleEnd, IReadOnlyList<Quantity> quantities)
    {
        var limit = Math.Min(sentence.Length, titleEnd + MaxCjkNameAfterTitle);
        int? saying = null;
        for (var p = titleEnd; p < limit && saying is null; p++)
        {
            if (cues.SayingWordsZh.Any(w => string.CompareOrdinal(sentence, p, w, 0, w.Length) == 0))
            {
                saying = p;
            }
            else if (IsCjkBreak(sentence[p]))
            {
                break;
            }
        }
        if (saying is not { } s)
        {
            return null;
        }
        var start = CjkPhraseStart(sentence, titleStart, quantities);
        return start is { } st ? (st, s) : null;
    }

    /// <summary>"서울시 관계자는 … 말했다", "인도네시아 국가수색구조청장은 … 밝혔다": a title with a topic particle, a saying verb later.</summary>
    private (int, int)? KoreanSpeaker(string sentence, int titleStart, int titleEnd, IReadOnlyList<Quantity> quantities)
    {
        var after = sentence[titleEnd..];
        var particle = KoreanTopicParticles.Any(k => after.StartsWith(k, StringComparison.Ordinal) && (after.Length == 1 || !IsHangul(after[1])))
            || after.StartsWith("에 따르면", StringComparison.Ordinal) || after.StartsWith("의 말에 따르면", StringComparison.Ordinal);
        if (!particle || !(after.Contains("따르면", StringComparison.Ordinal) || cues.SayingWordsKo.Any(w => after.Contains(w, StringComparison.Ordinal))))
        {
            return null;
        }
        var start = CjkPhraseStart(sentence, titleStart, quantities);
        return start is { } st ? (st, titleEnd) : null;
    }

    /// <summary>Back from a CJK title to the punctuation or attribution word before it; null when a figure stands between.</summary>
    private static int? CjkPhraseStart(string sentence, int titleStart, IReadOnlyList<Quantity> quantities)
    {
        var start = titleStart;
        while (start > 0 && titleStart - start < MaxCjkBeforeTitle && !IsCjkBreak(sentence[start - 1]) && sentence[start - 1] != '据')
        {
            start--;
        }
        return quantities.Any(q => q.Start < titleStart && start < q.End) ? null : start;
    }

    private static bool IsCjkBreak(char c) => c is '，' or '。' or '；' or '：' or '、' or '“' or '”' or ',' or '.' or ';' or ':' or '"' or '\'' or '‘' or '’' or '「' or '」';

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>The next whole-word, case-insensitive occurrence of <paramref name="word"/> from <paramref name="from"/>, or -1.</summary>
    private static int IndexOfWord(string text, string word, int from)
    {
        for (var at = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return at;
            }
        }
        return -1;
    }
}
