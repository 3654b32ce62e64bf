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
    public static Finding Of(Correction correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var outlet = Outlet.Of(correction.After.Source);
        var topic = CrossChecker.TopicOf(correction.Now);
        var (was, now) = (correction.Was.Value.Text.Trim(), correction.Now.Value.Text.Trim());
        var (from, to) = (Time(correction.Before.LastFetchedAt), Time(correction.After.FirstFetchedAt));
        return new Finding
        {
            // Of the two claims: the same correction found by a later run is the same finding.
            Id = StableId.Of("correction", correction.Was.Id, correction.Now.Id),
            Severity = Severity.Correction,
            Reason = VerdictReason.Corrected,
            Topic = topic,
            Concept = correction.Now.Concept,
            ClaimIds = [correction.Was.Id, correction.Now.Id],
            DifferencePercent = correction.DifferencePercent,
            Explanation = new LocalizedText(
                $"{outlet} changed its figure for {topic} from {was} to {now} between {from} and {to}.",
                $"{outlet}이(가) {topic} 수치를 {was}에서 {now}(으)로 바꿨습니다({from}에서 {to} 사이)."),
        };
    }

    /// <summary>A fetch time as both explanations write it: UTC to the minute.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
