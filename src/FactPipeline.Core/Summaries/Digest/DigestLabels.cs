namespace FactPipeline.Core.Summaries.Digest;

/// <summary>The fixed words of one digest language. Kept apart from the writer so the two languages read side by side.</summary>
internal sealed record DigestLabels(
    string Title, string Counts, string Note, string Findings, string NoFindings, string Source, string Date,
    string Figure, string Quote, string Articles, string Language, string Unknown, string Conflict, string Minor,
    string Consistent, string Apart, string Original, string TitleOriginal, string Names, string Summary,
    string Claims, string NoClaims, string NoSentences, string Translated)
{
    public static readonly DigestLabels English = new(
        "FactPipeline digest", "{0} articles, {1} claims, {2} findings: {3} conflicts, {4} minor, {5} consistent.",
        "Nothing here is machine-translated: sentences from the articles are quoted in their original language and marked \"original language\"; only names (through the glossary) and figures (from the parsed values) are written in English.",
        "Findings", "No two sources state the same figure.", "Source", "Date", "Figure", "Quote", "Articles",
        "Language", "unknown", "CONFLICT", "MINOR", "CONSISTENT", "apart", "original language",
        "title in original language", "Names in English", "Key sentences", "Claims", "No figures found.",
        "No sentences found.", "title translated from glossary names");

    public static readonly DigestLabels Korean = new(
        "FactPipeline 요약", "기사 {0}건, 주장 {1}건, 발견 {2}건: 충돌 {3}건, 경미 {4}건, 일치 {5}건.",
        "이 요약에는 기계 번역이 없습니다. 기사 문장은 원문 그대로 인용하고 \"원문\"으로 표시했으며, 고유명사(용어집)와 수치(분석값)만 한국어로 적었습니다.",
        "발견 사항", "같은 수치를 다룬 출처가 없습니다.", "출처", "날짜", "수치", "인용", "기사",
        "언어", "알 수 없음", "충돌", "경미", "일치", "차이", "원문",
        "제목 원문", "한국어 이름", "핵심 문장", "주장", "수치를 찾지 못했습니다.",
        "문장을 찾지 못했습니다.", "용어집 이름으로 옮긴 제목");

    public static DigestLabels For(string language) => language == "ko" ? Korean : English;
}
