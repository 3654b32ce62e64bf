using System.Globalization;
using FactPipeline.Core.Common;
using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Review.Corrections;

/// <summary>
/// A <see cref="Correction"/> as a finding of the run: severity <see cref="Severity.Correction"/>, the old claim then the
/// new one, and an explanation in English and Korean that names the outlet, both figures as the page printed them, and
/// when the change happened: after the last read of the old text, by the first read of the new one.
/// </summary>
public static class CorrectionFinding
{
    /// <param name="topicNames">
    /// The topic as each language names it (<c>FindingExplainer.TopicNames</c>: "South Korea's 2026 budget (KRW)" / "한국의
    /// 2026년 예산(KRW)"); null for the stored topic in both.
    /// </param>
    public static Finding Of(Correction correction, Func<Finding, IReadOnlyList<Claim>, (string En, string Ko)>? topicNames = null)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var outlet = Outlet.Of(correction.After.Source);
        var topic = CrossChecker.TopicOf(correction.Now);
        var (was, now) = (correction.Was.Value.Text.Trim(), correction.Now.Value.Text.Trim());
        var (from, to) = (Time(correction.Before.LastFetchedAt), Time(correction.After.FirstFetchedAt));
        var finding = new Finding
        {
            // Of the two claims: the same correction found by a later run is the same finding.
            Id = StableId.Of("correction", correction.Was.Id, correction.Now.Id),
            Severity = Severity.Correction,
            Reason = VerdictReason.Corrected,
            Topic = topic,
            Concept = correction.Now.Concept,
            ClaimIds = [correction.Was.Id, correction.Now.Id],
            DifferencePercent = correction.DifferencePercent,
        };
        var (en, ko) = topicNames?.Invoke(finding, [correction.Was, correction.Now]) ?? (topic, topic);
        return finding with
        {
            Explanation = new LocalizedText(
                $"{outlet} changed its figure for {en} from {was} to {now} between {from} and {to}.",
                $"{outlet}이(가) {ko} 수치를 {was}에서 {now}(으)로 바꿨습니다({from}에서 {to} 사이)."),
        };
    }

    /// <summary>A fetch time as both explanations write it: UTC to the minute.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
