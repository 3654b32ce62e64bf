namespace FactPipeline.Core.Runs.Nightly;

/// <summary>The words of the "since last night" section, in English and Korean; format strings take invariant numbers.</summary>
internal sealed record NightlyLabels(
    string Language,
    string Heading,
    string Compared,
    string FirstRun,
    string NoChanges,
    string NothingFound,
    string Counts,
    string New,
    string Resolved,
    string Changed,
    string Reopened,
    string Corrections,
    string Outlets,
    string OnTheDesk,
    string ThisRun,
    string Totals,
    string RunError,
    string FailedSources,
    string NoFailedSources,
    string SourceFailed,
    string MoreReasons,
    string Conflict,
    string Minor,
    string Correction)
{
    public static readonly NightlyLabels English = new(
        "en",
        "Since last night",
        "Run {0} compared with run {1}, completed {2}.",
        "First run: there is no earlier completed run to compare with, so every finding is new.",
        "No changes since the last run: no new, resolved, changed or reopened findings, and no corrections.",
        "Nothing found: no findings and no corrections.",
        "{0} new, {1} resolved, {2} changed, {3} reopened; corrections: {4}.",
        "New", "Resolved", "Changed", "Reopened", "Corrections",
        "Outlets",
        "open on the desk",
        "This run",
        "{0} articles, {1} claims, {2} findings; {3} items, {4} failed.",
        "Run error",
        "Failed sources",
        "No source failed.",
        "{0}: {1} of {2} items failed",
        "and {0} more",
        "conflict", "minor", "correction");

    public static readonly NightlyLabels Korean = new(
        "ko",
        "어젯밤 이후",
        "실행 {0}을(를) {2}에 완료된 실행 {1}과(와) 비교했습니다.",
        "첫 실행입니다: 비교할 이전 완료 실행이 없어 모든 발견 사항이 새 항목입니다.",
        "지난 실행 이후 변경 사항이 없습니다: 새 발견, 해결, 변경, 재개된 발견 사항과 정정이 없습니다.",
        "발견 사항도 정정도 없습니다.",
        "새 발견 {0}건, 해결 {1}건, 변경 {2}건, 재개 {3}건, 정정 {4}건.",
        "새 발견", "해결됨", "수치 변경", "다시 열림", "정정",
        "매체",
        "데스크에서 보기",
        "이번 실행",
        "기사 {0}건, 주장 {1}건, 발견 {2}건; 항목 {3}건 중 {4}건 실패.",
        "실행 오류",
        "실패한 출처",
        "실패한 출처가 없습니다.",
        "{0}: 항목 {2}건 중 {1}건 실패",
        "외 {0}건",
        "충돌", "경미", "정정");

    public static NightlyLabels For(string language) => language == "ko" ? Korean : English;

    /// <summary>The severity in the reader's language; an unknown one as it came.</summary>
    public string Severity(string severity) => severity switch
    {
        "conflict" => Conflict,
        "minor" => Minor,
        "correction" => Correction,
        _ => severity,
    };
}
