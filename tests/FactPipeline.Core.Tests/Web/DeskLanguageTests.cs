using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FactPipeline.Core.Accounts;

namespace FactPipeline.Core.Tests.Web;

/// <summary>The desk in English and Korean: Accept-Language, the remembered switch, and the localised pages.</summary>
[Trait("Category", "EndToEnd")]
public sealed partial class DeskLanguageTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly DeskFactory _desk = new();

    public void Dispose() => _desk.Dispose();

    private static async Task<HttpResponseMessage> SwitchAsync(HttpClient browser, string culture, string returnUrl, bool withToken = true)
    {
        var fields = new Dictionary<string, string> { ["culture"] = culture, ["returnUrl"] = returnUrl };
        if (withToken)
        {
            // The switch is in the header of every page, the sign-in page too.
            fields["__RequestVerificationToken"] = await DeskFactory.TokenAsync(browser, "/account/sign-in", Ct);
        }
        return await browser.PostAsync("/account/language", new FormUrlEncodedContent(fields), Ct);
    }

    [Fact]
    public async Task SignInPage_AcceptLanguageKorean_IsInKorean()
    {
        using var browser = _desk.Browser("ko-KR,ko;q=0.9,en;q=0.5");

        var response = await browser.GetAsync("/account/sign-in", Ct);
        var page = await response.Content.ReadAsStringAsync(Ct);

        page.ShouldContain("<html lang=\"ko\"");
        page.ShouldContain("<h1>로그인</h1>");
        page.ShouldContain("비밀번호");
        page.ShouldContain("<title>로그인 · FactPipeline 데스크</title>");
        response.Content.Headers.ContentLanguage.ShouldBe(["ko"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("fr-FR,fr;q=0.9")]
    public async Task SignInPage_NoOrAnUnsupportedLanguage_IsInEnglish(string? acceptLanguage)
    {
        using var browser = acceptLanguage is null ? _desk.Browser() : _desk.Browser(acceptLanguage);

        var page = await browser.GetStringAsync("/account/sign-in", Ct);

        page.ShouldContain("<html lang=\"en\"");
        page.ShouldContain("<h1>Sign in</h1>");
    }

    [Fact]
    public async Task SignIn_WrongPasswordInKorean_SaysSoInKorean()
    {
        await _desk.AddUserAsync("editor", UserRole.Editor);
        using var browser = _desk.Browser("ko");

        var response = await DeskFactory.SignInAsync(browser, "editor", "not the password", null, Ct);

        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("사용자 이름 또는 비밀번호가 올바르지 않습니다.");
    }

    [Fact]
    public async Task FrontPage_SignedInKorean_ShowsTheStoreAndTheRoleInKorean()
    {
        await _desk.AddUserAsync("desk.editor", UserRole.Editor);
        using var browser = _desk.Browser("ko-KR");
        await DeskFactory.SignInAsync(browser, "desk.editor", DeskFactory.Password, null, Ct);

        var page = await browser.GetStringAsync("/", Ct);

        page.ShouldContain("<h1>저장소 현황</h1>");
        page.ShouldContain("<dt>발견 사항</dt><dd>0</dd>");
        page.ShouldContain("desk.editor (편집자)");
        page.ShouldContain("로그아웃");
    }

    [Fact]
    public async Task Switch_PostWithoutAntiforgeryToken_Is400AndRemembersNothing()
    {
        using var browser = _desk.Browser();

        var response = await SwitchAsync(browser, "ko", "/account/sign-in", withToken: false);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.TryGetValues("Set-Cookie", out var cookies).ShouldBeFalse(string.Join("; ", cookies ?? []));
    }

    [Fact]
    public async Task Switch_PostWithToken_RemembersKoreanOverAcceptLanguageEnglish()
    {
        using var browser = _desk.Browser("en-US,en;q=0.9");

        var response = await SwitchAsync(browser, "ko", "/account/sign-in?ReturnUrl=%2Ffindings");
        var page = await browser.GetStringAsync("/account/sign-in", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/account/sign-in?ReturnUrl=%2Ffindings");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        cookie.ShouldStartWith(".AspNetCore.Culture=c%3Dko%7Cuic%3Dko;");
        cookie.ShouldContain("max-age=31536000");
        cookie.ShouldContain("samesite=lax");
        page.ShouldContain("<html lang=\"ko\"");
        page.ShouldContain("<h1>로그인</h1>");
    }

    [Fact]
    public async Task Switch_BackToEnglish_OverAcceptLanguageKorean()
    {
        using var browser = _desk.Browser("ko-KR");

        await SwitchAsync(browser, "en", "/");
        var page = await browser.GetStringAsync("/account/sign-in", Ct);

        page.ShouldContain("<html lang=\"en\"");
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("")]
    public async Task Switch_ReturnUrlNotOnThisSite_GoesToTheFrontPage(string returnUrl)
    {
        using var browser = _desk.Browser();

        var response = await SwitchAsync(browser, "ko", returnUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task Switch_UnknownLanguage_Is400()
    {
        using var browser = _desk.Browser();

        var response = await SwitchAsync(browser, "fr", "/");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("unknown language 'fr'");
    }

    [Fact]
    public async Task Switch_IsOnTheSignInPageAsAFormWithoutScript()
    {
        using var browser = _desk.Browser();

        var page = await browser.GetStringAsync("/account/sign-in?ReturnUrl=%2Ffindings", Ct);

        page.ShouldContain("action=\"/account/language\"");
        page.ShouldContain("name=\"returnUrl\" value=\"/account/sign-in?ReturnUrl=%2Ffindings\"");
        page.ShouldContain("<button type=\"submit\" name=\"culture\" value=\"ko\" lang=\"ko\"");
        page.ShouldContain("한국어");
        page.ShouldNotContain("<script");
    }

    // The resource files, read as the source files they are: a key missing from one language would show its name
    // (Queue.Filter.Status) on the page instead of words, and no page test would see it in the other language.

    private static string Web => Path.Combine(RepoPaths.Root, "src", "FactPipeline.Web");

    private static Dictionary<string, string> Resources(string file) =>
        XDocument.Load(Path.Combine(Web, "Resources", file)).Root!.Elements("data")
            .ToDictionary(data => data.Attribute("name")!.Value, data => data.Element("value")?.Value ?? "");

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();

    private static string Placeholders(string value) =>
        string.Join(",", Placeholder().Matches(value).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal));

    [Fact]
    public void Resources_EnglishAndKorean_HaveTheSameKeysEachFilledInWithTheSamePlaceholders()
    {
        var english = Resources("DeskText.resx");
        var korean = Resources("DeskText.ko.resx");

        english.Count.ShouldBeGreaterThan(50);
        english.Keys.Except(korean.Keys).ShouldBeEmpty("keys without Korean");
        korean.Keys.Except(english.Keys).ShouldBeEmpty("Korean keys without English");
        english.Concat(korean).Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Key).ShouldBeEmpty("empty values");
        english.Keys.Where(key => Placeholders(english[key]) != Placeholders(korean[key])).ShouldBeEmpty("placeholders differ");
    }

    [Fact]
    public void Resources_KeysTheFindingsPagesWillNeed_AreThere()
    {
        var english = Resources("DeskText.resx");

        string[] statuses = ["open", "confirmed", "rounding", "different-scope", "different-period", "not-comparable",
            "needs-primary-source", "source-error", "dismissed", "resolved-by-source"];
        string[] severities = ["conflict", "minor", "consistent", "possible"];
        string[] needed = [.. statuses.Select(s => $"Status.{s}"), .. severities.Select(s => $"Severity.{s}"),
            "Queue.Title", "Queue.Paging.PageOf", "Finding.Decision.Submit", "Export.Csv", "Export.ClaimReview"];
        needed.Except(english.Keys).ShouldBeEmpty();
    }

    [GeneratedRegex(@"\b(?:T|text)\[""([^""]+)""")]
    private static partial Regex NamedKey();

    [Fact]
    public void Pages_EveryKeyTheyName_IsInTheResources()
    {
        var english = Resources("DeskText.resx");
        var files = Directory.EnumerateFiles(Web, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var named = files.SelectMany(f => NamedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).Distinct().ToArray();

        named.ShouldContain("SignIn.Title");
        named.Except(english.Keys).ShouldBeEmpty();
    }
}
