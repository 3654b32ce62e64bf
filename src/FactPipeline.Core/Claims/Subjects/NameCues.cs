using System.Collections.Frozen;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims.Subjects;

/// <summary>
/// Word lists that help find names the entity lexicon does not know (data file <c>name-cues.json</c>): words that
/// are capitalised without being names, organisation markers, and person titles.
/// </summary>
public sealed class NameCues
{
    /// <summary>Words that are no names, folded: English and Indonesian words, and Vietnamese ones written without marks.</summary>
    public FrozenSet<string> NotNames { get; }
    /// <summary>
    /// Vietnamese words that are no names, in lower case with their marks: a syllable's tone tells words apart that
    /// folding joins ("nhật" of Chủ Nhật, Sunday, is not "Nhất" of Tân Sơn Nhất).
    /// </summary>
    public FrozenSet<string> NotNamesMarked { get; }
    public FrozenSet<string> OrgSuffixesLatin { get; }
    public string[] OrgSuffixesCjk { get; }
    public string[] OrgPrefixes { get; }
    public string[] PersonTitlesLatin { get; }
    public string[] PersonTitlesCjk { get; }
    /// <summary>Words after which the next name is the one who speaks ("menurut BPS", "said Davis").</summary>
    public string[] SourceBefore { get; }
    /// <summary>Words before which the previous name is the one who speaks ("BPS cho biết").</summary>
    public string[] SourceAfter { get; }
    /// <summary>Words after which a place only describes something else: origin or clock ("asal", "giờ").</summary>
    public string[] AsideBefore { get; }
    /// <summary>Words before which a place only describes something else ("출신", "time", "籍").</summary>
    public string[] AsideAfter { get; }

    /// <summary>Words before a place that make it where a route starts ("from", "dari", "từ", "从"), with <see cref="RouteTo"/> after it.</summary>
    public string[] RouteFrom { get; }

    /// <summary>Words after a route's starting place that lead to where it goes ("to", "ke", "đi", "至").</summary>
    public string[] RouteTo { get; }

    /// <summary>Particles after a place that make it where a route starts when the next place is its destination ("X에서 Y로 향하던").</summary>
    public string[] RouteFromAfter { get; }

    /// <summary>Words before a vehicle's destination told alone ("bound for", "dengan tujuan", "开往").</summary>
    public string[] BoundFor { get; }

    /// <summary>Words after a vehicle's destination told alone ("Y행", "Y로 향하던").</summary>
    public string[] BoundForAfter { get; }
    /// <summary>Words that end Korean place names (역, 항, 해협): the name without them is written alone in Latin text.</summary>
    public string[] PlaceSuffixesKo { get; }
    /// <summary>Words right after a saying word that make the speaker tell its own figure ("said it would", "cho biết sẽ").</summary>
    public string[] SelfReport { get; }
    /// <summary>Words after which places are members of a count told before ("including", "trong đó", "包括").</summary>
    public string[] MemberBefore { get; }
    /// <summary>Words before a name that make it a sea, strait or island ("Selat", "eo biển", "Pulau"): where, never who.</summary>
    public string[] FeatureBefore { get; }
    /// <summary>Words after a name that make it a sea, strait or island ("island", "섬", "海峡").</summary>
    public string[] FeatureAfter { get; }

    /// <summary>Words opening or ending a natural feature's name that are no part of its key ("Selat X", "X Island"): they meet "X".</summary>
    public string[] FeatureNotInKeyBefore { get; }
    public string[] FeatureNotInKeyAfter { get; }

    /// <summary>Words before a name that make it an airport, port or station ("sân bay", "Bandara"): the place of its traffic.</summary>
    public string[] FacilityBefore { get; }
    /// <summary>Words after a name (or, in Korean and Chinese, ending it) that make it an airport, port or station.</summary>
    public string[] FacilityAfter { get; }

    /// <summary>A comma and the word opening a closing clause of reason (", as ", ", nhờ ", "，得益于"): its places explain.</summary>
    public string[] ReasonJoins { get; }

    /// <summary>Offices and bodies that speak for others ("Kepala", "chief", "관계자", "局长", "embassy"), Latin ones in lower case.</summary>
    public string[] SpeakerTitlesLatin { get; }
    public string[] SpeakerTitlesKo { get; }
    public string[] SpeakerTitlesZh { get; }

    /// <summary>Lower-case words a Latin speaker's phrase may hold beside names ("of", "the", "dan", "sở").</summary>
    public FrozenSet<string> SpeakerPhraseWords { get; }

    /// <summary>Saying words of Korean and Chinese sentences whose speaker comes before the figure ("말했다", "介绍").</summary>
    public string[] SayingWordsKo { get; }
    public string[] SayingWordsZh { get; }

    /// <summary>Common nouns for the body an article is about ("hãng", "the carrier", "该公司"), Latin ones whole words.</summary>
    public string[] BodyMentions { get; }

    private NameCues(CueFile file)
    {
        // Compared with folded tokens ("company" → "company"), so folded here too; words with marks keep them.
        var all = file.NotNames.Values.SelectMany(v => v).Select(w => w.ToLowerInvariant().Normalize()).ToArray();
        NotNames = all.Where(w => NameFinder.Fold(w) == w).ToFrozenSet(StringComparer.Ordinal);
        NotNamesMarked = all.Where(w => NameFinder.Fold(w) != w).ToFrozenSet(StringComparer.Ordinal);
        OrgSuffixesLatin = Latin(file.OrgSuffixes).ToFrozenSet(StringComparer.Ordinal);
        OrgSuffixesCjk = Cjk(file.OrgSuffixes).OrderByDescending(s => s.Length).ToArray();
        OrgPrefixes = file.OrgPrefixes.Values.SelectMany(v => v).Distinct().OrderByDescending(s => s.Length).ToArray();
        PersonTitlesLatin = Latin(file.PersonTitles).OrderByDescending(s => s.Length).ToArray();
        PersonTitlesCjk = Cjk(file.PersonTitles).OrderByDescending(s => s.Length).ToArray();
        SourceBefore = file.SourceMarkers.GetValueOrDefault("before", []);
        SourceAfter = file.SourceMarkers.GetValueOrDefault("after", []);
        AsideBefore = file.AsidePlaceMarkers.GetValueOrDefault("before", []);
        AsideAfter = file.AsidePlaceMarkers.GetValueOrDefault("after", []);
        RouteFrom = file.RouteMarkers?.GetValueOrDefault("from") ?? [];
        RouteTo = file.RouteMarkers?.GetValueOrDefault("to") ?? [];
        RouteFromAfter = file.RouteMarkers?.GetValueOrDefault("fromAfter") ?? [];
        BoundFor = file.RouteMarkers?.GetValueOrDefault("bound") ?? [];
        BoundForAfter = file.RouteMarkers?.GetValueOrDefault("boundAfter") ?? [];
        MemberBefore = file.MemberMarkers ?? [];
        SelfReport = file.SourceMarkers.GetValueOrDefault("selfReport", []);
        FeatureBefore = file.FeatureMarkers?.GetValueOrDefault("before") ?? [];
        FeatureAfter = file.FeatureMarkers?.GetValueOrDefault("after") ?? [];
        FeatureNotInKeyBefore = (file.FeatureMarkers?.GetValueOrDefault("notInKeyBefore") ?? []).OrderByDescending(m => m.Length).ToArray();
        FeatureNotInKeyAfter = (file.FeatureMarkers?.GetValueOrDefault("notInKeyAfter") ?? []).OrderByDescending(m => m.Length).ToArray();
        FacilityBefore = (file.FacilityMarkers?.GetValueOrDefault("before") ?? []).OrderByDescending(s => s.Length).ToArray();
        FacilityAfter = (file.FacilityMarkers?.GetValueOrDefault("after") ?? []).OrderByDescending(s => s.Length).ToArray();
        ReasonJoins = file.ReasonJoins ?? [];
        BodyMentions = (file.BodyMentions?.Values.SelectMany(v => v) ?? []).Distinct().ToArray();
        var titles = file.SpeakerMarkers?.GetValueOrDefault("titles") ?? [];
        SpeakerTitlesLatin = Latin(titles).Select(t => t.ToLowerInvariant()).OrderByDescending(t => t.Length).ToArray();
        SpeakerTitlesKo = titles.GetValueOrDefault("ko", []).OrderByDescending(t => t.Length).ToArray();
        SpeakerTitlesZh = titles.GetValueOrDefault("zh", []).OrderByDescending(t => t.Length).ToArray();
        SpeakerPhraseWords = Latin(file.SpeakerMarkers?.GetValueOrDefault("phraseWords") ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var saying = file.SpeakerMarkers?.GetValueOrDefault("sayingWords") ?? [];
        SayingWordsKo = saying.GetValueOrDefault("ko", []);
        SayingWordsZh = saying.GetValueOrDefault("zh", []);
        PlaceSuffixesKo = (file.PlaceSuffixes?.GetValueOrDefault("ko") ?? []).OrderByDescending(s => s.Length).ToArray();
    }

    private static IEnumerable<string> Latin(Dictionary<string, string[]> byLanguage) =>
        byLanguage.Where(kv => kv.Key is not ("ko" or "zh")).SelectMany(kv => kv.Value).Distinct();

    private static IEnumerable<string> Cjk(Dictionary<string, string[]> byLanguage) =>
        byLanguage.Where(kv => kv.Key is "ko" or "zh").SelectMany(kv => kv.Value).Distinct();

    public static NameCues Load() =>
        new NameCues(EmbeddedJson.Load("name-cues.json", ClaimsDataJson.Default.NameCuesFile));

    internal sealed record CueFile(
        Dictionary<string, string[]> NotNames,
        Dictionary<string, string[]> OrgSuffixes,
        Dictionary<string, string[]> OrgPrefixes,
        Dictionary<string, string[]> PersonTitles,
        Dictionary<string, string[]> SourceMarkers,
        Dictionary<string, string[]> AsidePlaceMarkers,
        Dictionary<string, string[]>? PlaceSuffixes,
        Dictionary<string, string[]>? FeatureMarkers,
        Dictionary<string, string[]>? FacilityMarkers,
        Dictionary<string, string[]>? BodyMentions,
        string[]? MemberMarkers,
        string[]? ReasonJoins = null,
        Dictionary<string, string[]>? RouteMarkers = null,
        Dictionary<string, Dictionary<string, string[]>>? SpeakerMarkers = null);
}
