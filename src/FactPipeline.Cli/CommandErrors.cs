using FactPipeline.Core.Accounts;
using FactPipeline.Core.Common;
using FactPipeline.Core.Storage;
using Microsoft.Extensions.Options;

namespace FactPipeline.Cli;

/// <summary>
/// What every command reports the same way: a refused setting, account or database is one line on the error writer and
/// exit code 2. Anything else is a fault in the program: System.CommandLine prints it with its stack trace and exits 1.
/// </summary>
internal static class CommandErrors
{
    public static async Task<int> ReportAsync(TextWriter errors, Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (OptionsValidationException e)
        {
            await errors.WriteLineAsync($"error: invalid settings: {string.Join("; ", e.Failures)}");
        }
        catch (SettingsException e)
        {
            await errors.WriteLineAsync($"error: invalid settings: {e.Message}");
        }
        catch (StorageException e)
        {
            await errors.WriteLineAsync($"error: storage: {e.Message}");
        }
        catch (AccountException e)
        {
            await errors.WriteLineAsync($"error: {e.Message}");
        }
        return 2;
    }
}
