using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace FactPipeline.TestSupport;

/// <summary>
/// One tab of <see cref="Chromium"/>, with what it reported on the side: a script the page should never run (an
/// <c>alert</c> smuggled in through article text) shows up as a dialog, a script the security policy blocked as a
/// console error.
/// </summary>
public sealed class ChromiumPage : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _consoleErrors = new();
    private readonly ConcurrentQueue<string> _dialogs = new();

    internal ChromiumPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            // Location is "URL:line:column", without the URL for code a test evaluated (":0:16").
            var where = message.Location.StartsWith(':') ? "" : message.Location;
            // The browser asks every site for /favicon.ico of its own accord, and the desk has none: not the page's doing.
            if (message.Type == "error" && !where.Contains("/favicon.ico:", StringComparison.Ordinal))
            {
                // A failed load names no resource in its text, only in its location.
                _consoleErrors.Enqueue(where.Length > 0 ? $"{message.Text} ({where})" : message.Text);
            }
        };
        // An exception no script caught: not a console message, but as much a sign of code that ran where none should.
        page.PageError += (_, error) => _consoleErrors.Enqueue("uncaught: " + error);
        page.Dialog += async (_, dialog) =>
        {
            _dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            try
            {
                // Dismissed, or the page would wait for an answer until the test times out.
                await dialog.DismissAsync();
            }
            catch (PlaywrightException)
            {
                // The tab closed first. An exception leaving this async event handler would end the test process.
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions, in order.</summary>
    public IReadOnlyList<string> ConsoleErrors => [.. _consoleErrors];

    /// <summary>Alerts, confirms and prompts the page opened ("alert: 1").</summary>
    public IReadOnlyList<string> Dialogs => [.. _dialogs];

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
