using System.Globalization;
using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;

namespace FactPipeline.Core.Summaries;

/// <summary>
/// Writes each finding's one-paragraph explanation in English and Korean from templates: no translation
/// model is needed, and every figure is the normalized value, formatted the way each language writes it.
/// </summary>
public sealed class FindingExplainer(ConceptLexicon lexicon)
{
    public Finding Explain(Finding finding, IReadOnlyDictionary<string, Claim> claims)
    {
        if (finding.Severity == Severity.Correction)
        {
            // Written with both fetch times when it was found (Review.Corrections.CorrectionFinding): no template knows them.
            return finding;
        }
        var members = finding.ClaimIds.Select(id => claims[id]).ToArray();
        var (topicEn, topicKo) = TopicNames(finding, members);
        var distinct = members
            .GroupBy(c => (c.Value.Amount, c.Value.Hedge, c.Value.Low, c.Value.High))
            .Select(g => g.First())
            .OrderBy(c => c.Value.Amount)
            .ToArray();
        var figuresEn = string.Join(" vs ", distinct.Select(c => ClaimFigure.Format(c, "en", lexicon)).Distinct());
        var figuresKo = string.Join(" vs ", distinct.Select(c => ClaimFigure.Format(c, "ko", lexicon)).Distinct());
        var diff = FormatPercent(finding.DifferencePercent);

        if (finding.Severity == Severity.Possible)
        {
            // Not established as the same fact: what the figures say about each other is no verdict yet.
            var apartEn = finding.DifferencePercent > 0 ? $" ({diff} apart)" : "";
            var apartKo = finding.DifferencePercent > 0 ? $" ({diff} 차이)" : "";
            return finding with
            {
                Explanation = new LocalizedText(
                    $"Possibly the same figure for {topicEn}: {figuresEn}{apartEn}. Not checked: the sources may be about different things, so compare the quotes before treating this as agreement or disagreement.",
                    $"{topicKo} 수치가 같은 사실일 수 있습니다: {figuresKo}{apartKo}. 확인되지 않았습니다. 출처들이 서로 다른 대상을 다룰 수 있으니 일치나 충돌로 보기 전에 인용문을 비교하세요."),
            };
        }
        var (en, ko) = finding.Reason switch
        {
            VerdictReason.Rounding => (
                $"The sources differ by {diff} on {topicEn}: {figuresEn}. One figure may be a rounded form of the other, so this is likely rounding rather than an error; check which the primary source states.",
                $"{topicKo} 수치가 출처 간 {diff} 차이 납니다: {figuresKo}. 한쪽 수치는 다른 쪽을 반올림한 값일 수 있어 오류라기보다 반올림 차이일 가능성이 큽니다. 원 출처가 밝힌 수치를 확인하세요."),
            VerdictReason.HedgesOverlap => (
                $"The sources state {topicEn} differently ({figuresEn}), but the ranges overlap, so both may be right.",
                $"{topicKo} 수치를 출처마다 다르게 표현했지만({figuresKo}) 범위가 겹치므로 모두 맞을 수 있습니다."),
            VerdictReason.Disjoint => (
                $"The sources disagree on {topicEn}: {figuresEn} ({diff} apart); both cannot be true, and neither hedge nor rounding explains the gap.",
                $"{topicKo} 수치가 출처 간 서로 맞지 않습니다: {figuresKo} ({diff} 차이). 둘 다 참일 수는 없으며 반올림이나 어림 표현으로도 설명되지 않습니다."),
            VerdictReason.ScopeDiffers => (
                $"The sources give the same figure for {topicEn} ({figuresEn}) but not for the same scope: one gives it per year, over several years, in all, as an addition or as done where another gives it as planned or does not say. Both cannot be right; check the primary source.",
                $"출처들이 {topicKo}에 같은 수치({figuresKo})를 보도하지만 범위가 다릅니다. 한쪽은 연간, 여러 해 합계, 전체, 추가분 또는 완료된 수치로 제시하고 다른 쪽은 계획으로 제시하거나 밝히지 않습니다. 둘 다 맞을 수는 없으니 원 출처를 확인하세요."),
            _ => (
                $"The sources agree on {topicEn}: {figuresEn}.",
                $"출처들이 {topicKo}에 대해 같은 수치를 보도합니다: {figuresKo}."),
        };
        return finding with { Explanation = new LocalizedText(en, ko) };
    }

    /// <summary>
    /// Whose figure, for which period and scope, of what: "South Korea's 2026 budget (KRW)" / "한국의 2026년 예산(KRW)".
    /// </summary>
    public (string En, string Ko) TopicNames(Finding finding, IReadOnlyList<Claim> members)
    {
        var concept = lexicon.Find(finding.Concept);
        var bare = finding.Concept is null ? null : finding.Concept[(finding.Concept.IndexOf(':') + 1)..];
        var nounEn = concept?.En ?? bare ?? finding.Topic;
        var nounKo = concept?.Ko ?? nounEn;
        var unit = members[0].Value.Kind switch
        {
            QuantityKind.Money => $" ({members[0].Value.Unit})",
            QuantityKind.Multiplier => " (growth multiple)",
            _ => "",
        };
        var unitKo = members[0].Value.Kind switch
        {
            QuantityKind.Money => $"({members[0].Value.Unit})",
            QuantityKind.Multiplier => " 증가 배수",
            _ => "",
        };
        var (scopeEn, scopeKo) = ScopeWords(members);
        var measureEn = $"{scopeEn}{nounEn}{unit}";
        var measureKo = $"{scopeKo}{nounKo}{unitKo}";
        if (SubjectNames(members) is { } subject)
        {
            return ($"{subject.En}'s {measureEn}", $"{subject.Ko}의 {measureKo}");
        }
        return ($"the {measureEn}", measureKo);
    }

    /// <summary>The subject every claim of the finding shares (else the place they share), named in English and Korean.</summary>
    private (string En, string Ko)? SubjectNames(IReadOnlyList<Claim> members)
    {
        var shared = members.Select(c => c.SubjectId).Distinct(StringComparer.Ordinal).ToArray();
        var id = shared is [{ } only] ? only : null;
        id ??= members
            .Select(c => c.Subject.Where(lexicon.IsPlace).ToHashSet(StringComparer.Ordinal))
            .Aggregate((a, b) => { a.IntersectWith(b); return a; })
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        if (id is null)
        {
            return null;
        }
        if (lexicon.NameOf(id, "en") is { } en)
        {
            var ko = lexicon.NameOf(id, "ko") ?? en;
            return (lexicon.IsPlace(id) ? WithArticle(en) : en, ko);
        }
        // A name the lexicon does not know is written as an article wrote it (Korean articles first for Korean).
        var written = members.Where(c => c.SubjectId == id && c.SubjectName is not null).ToArray();
        var english = written.FirstOrDefault(c => c.Language == "en") ?? written.FirstOrDefault(c => c.SubjectName!.All(ch => ch < 0x2E80)) ?? written.FirstOrDefault();
        var korean = written.FirstOrDefault(c => c.Language == "ko") ?? english;
        return english is null ? null : (english.SubjectName!, korean!.SubjectName!);
    }

    /// <summary>"2026 ", "Q1 2026 ", "additional ", "completed ", "annual ", "five-year " and the Korean forms, for what all claims share.</summary>
    private static (string En, string Ko) ScopeWords(IReadOnlyList<Claim> members)
    {
        var en = new List<string>();
        var ko = new List<string>();
        var years = members.Select(c => c.Year).Where(y => y is not null).Distinct().ToArray();
        var quarters = members.Select(c => c.Scope.SubPeriod).Where(q => q is not null).Distinct().ToArray();
        if (quarters is [{ } q])
        {
            en.Add(q <= 4 ? $"Q{q}" : q == 5 ? "first-half" : "second-half");
            ko.Add(q <= 4 ? $"{q}분기" : q == 5 ? "상반기" : "하반기");
        }
        if (years is [{ } year])
        {
            en.Add(year.ToString(CultureInfo.InvariantCulture));
            ko.Insert(0, $"{year}년");
        }
        var basis = members.Select(c => c.Scope.Basis).Where(b => b != ScopeBasis.Unspecified).Distinct().ToArray();
        if (basis is [var b])
        {
            var (bEn, bKo) = b switch
            {
                ScopeBasis.Additional => ("additional", "추가"),
                ScopeBasis.Remaining => ("remaining", "잔여"),
                ScopeBasis.Cumulative => ("cumulative", "누적"),
                ScopeBasis.Total => ("total", "총"),
                _ => ("change in", "증감"),
            };
            en.Add(bEn);
            ko.Add(bKo);
        }
        var statuses = members.Select(c => c.Scope.Status).Where(st => st != ScopeStatus.Unspecified).Distinct().ToArray();
        if (statuses is [var status])
        {
            // "KOICA's completed schools: 50 vs 30": whether the figures are what is done or what is planned.
            en.Add(status == ScopeStatus.Achieved ? "completed" : "planned");
            ko.Add(status == ScopeStatus.Achieved ? "완료" : "계획");
        }
        var rates = members.Select(c => c.Scope.Rate).Where(r => r != ScopeRate.None).Distinct().ToArray();
        if (rates is [var rate])
        {
            var (rEn, rKo) = rate switch
            {
                ScopeRate.PerYear => ("annual", "연간"),
                ScopeRate.PerQuarter => ("quarterly", "분기별"),
                ScopeRate.PerMonth => ("monthly", "월간"),
                ScopeRate.PerWeek => ("weekly", "주간"),
                ScopeRate.PerDay => ("daily", "일일"),
                _ => ("per-person", "1인당"),
            };
            en.Add(rEn);
            ko.Add(rKo);
        }
        var spans = members.Select(c => c.Scope.SpanYears).Where(s => s is not null).Distinct().ToArray();
        if (spans is [{ } span])
        {
            en.Add($"{span}-year");
            ko.Add($"{span}년간");
        }
        return (en.Count == 0 ? "" : string.Join(' ', en) + " ", ko.Count == 0 ? "" : string.Join(' ', ko) + " ");
    }

    /// <summary>"the United States", "the Philippines", "the EU": English puts "the" before these names.</summary>
    private static string WithArticle(string name) =>
        name.StartsWith("United ", StringComparison.Ordinal) || name.EndsWith(" Islands", StringComparison.Ordinal)
        || name.EndsWith(" Republic", StringComparison.Ordinal) || name.StartsWith("Republic of ", StringComparison.Ordinal)
        || name is "EU" or "European Union" or "Netherlands" or "Philippines" or "Bahamas" or "Maldives" or "Gambia"
            or "Middle East" or "Caribbean" or "Americas" or "G7" or "G20" or "Gulf states"
            ? "the " + name
            : name;

    /// <summary>1.00 → "1%", 0.99 → "1%", 2.46 → "2.5%".</summary>
    public static string FormatPercent(decimal percent)
    {
        var rounded = percent >= 10 ? Math.Round(percent, 0) : Math.Round(percent, 1);
        return rounded.ToString("0.#", CultureInfo.InvariantCulture) + "%";
    }
}
