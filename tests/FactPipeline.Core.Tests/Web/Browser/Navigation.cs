using Microsoft.Playwright;

namespace FactPipeline.Core.Tests.Web.Browser;

/// <summary>
/// How the browser tests wait for a page: until its document is parsed, not for its load event. On a loaded CI
/// machine the load event of a page reached by a form post's redirect once never came within 30 s; every check after
/// the wait reads the parsed document, and locators wait for what they need.
/// </summary>
internal static class Navigation
{
    public static PageWaitForURLOptions Parsed { get; } = new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 };
}
