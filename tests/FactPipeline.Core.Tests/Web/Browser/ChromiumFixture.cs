namespace FactPipeline.Core.Tests.Web.Browser;

/// <summary>
/// One headless chromium per test class (starting one takes about a second; a tab takes milliseconds). Where no
/// chromium is installed, every test that asks for a page reports skipped instead of failing.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private Chromium? _chromium;

    public async ValueTask InitializeAsync()
    {
        if (Chromium.IsInstalled)
        {
            _chromium = await Chromium.LaunchAsync();
        }
    }

    /// <summary>A fresh tab without cookies, or a skip when this machine has no chromium.</summary>
    public async Task<ChromiumPage> NewPageAsync()
    {
        if (_chromium is null)
        {
            Assert.Skip($"no chromium at {Chromium.ExecutablePath}: apt-get install chromium, or set FACTPIPELINE_CHROMIUM");
        }
        return await _chromium.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }
}
