using System.CommandLine;
using System.Text;
using FactPipeline.Core.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactPipeline.Cli;

/// <summary>
/// <c>users add NAME --role viewer|editor|admin --password-stdin [--db PATH]</c>, <c>users list [--db PATH]</c>,
/// <c>users remove NAME [--db PATH]</c>: the review desk's accounts, in the same database <c>run</c> writes.
/// </summary>
internal static class UsersCommand
{
    public static Command Create(CliSession session)
    {
        var database = new Option<string?>("--db") { Description = "SQLite database file (default: Storage:DatabasePath).", Recursive = true };
        var users = new Command("users", "Manage the review desk's users.") { database };

        var name = new Argument<string>("name") { Description = "User name: letters, digits, '.', '_', '-' or '@'." };
        var role = new Option<UserRole>("--role") { Description = "viewer (reads), editor (also decides findings) or admin (also manages users).", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = "Read the password from standard input (its first line). Without it, and on a terminal, it is asked for.",
        };
        var add = new Command("add", "Add a user.") { name, role, passwordStdin };
        add.SetAction((parse, ct) => WithAccountsAsync(session, parse.GetValue(database), async accounts =>
        {
            AccountService.CheckName(parse.GetValue(name)!); // before asking for a password
            var password = await ReadPasswordAsync(session, parse.GetValue(passwordStdin));
            if (password is null)
            {
                await session.Error.WriteLineAsync("error: no password: pass --password-stdin and write it to standard input, or run on a terminal");
                return 2;
            }
            var account = await accounts.AddAsync(parse.GetValue(name)!, parse.GetValue(role), password, ct);
            await session.Out.WriteLineAsync($"added {account.Name} ({Role(account.Role)})");
            return 0;
        }, ct));

        var list = new Command("list", "List the users, their roles and whether they are locked out.");
        list.SetAction((parse, ct) => WithAccountsAsync(session, parse.GetValue(database), async accounts =>
        {
            foreach (var account in await accounts.ListAsync(ct))
            {
                var locked = account.LockedUntil is { } until && until > DateTimeOffset.UtcNow ? $"\tlocked until {until:u}" : "";
                await session.Out.WriteLineAsync($"{account.Name}\t{Role(account.Role)}{locked}");
            }
            return 0;
        }, ct));

        var removeName = new Argument<string>("name") { Description = "The user to remove." };
        var remove = new Command("remove", "Remove a user.") { removeName };
        remove.SetAction((parse, ct) => WithAccountsAsync(session, parse.GetValue(database), async accounts =>
        {
            await accounts.RemoveAsync(parse.GetValue(removeName)!, ct);
            await session.Out.WriteLineAsync($"removed {parse.GetValue(removeName)}");
            return 0;
        }, ct));

        users.Subcommands.Add(add);
        users.Subcommands.Add(list);
        users.Subcommands.Add(remove);
        return users;
    }

    private static string Role(UserRole role) => role.ToString().ToLowerInvariant();

    /// <summary>Exit codes: 0 done, 2 a refused name, password or user, or a settings or storage error (one line on stderr).</summary>
    private static async Task<int> WithAccountsAsync(CliSession session, string? database, Func<AccountService, Task<int>> act, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>();
        if (database is not null)
        {
            overrides["Storage:DatabasePath"] = database;
        }
        return await CommandErrors.ReportAsync(session.Error, async () =>
        {
            using var host = AppHost.Build(overrides, session);
            await host.StartAsync(cancellationToken);
            var exitCode = await act(host.Services.GetRequiredService<AccountService>());
            await host.StopAsync(cancellationToken);
            return exitCode;
        });
    }

    /// <summary>The first line of standard input with --password-stdin; else, on a terminal, typed without echo.</summary>
    private static async Task<string?> ReadPasswordAsync(CliSession session, bool fromStdin)
    {
        if (fromStdin)
        {
            return await session.In.ReadLineAsync();
        }
        if (!session.InputIsTerminal)
        {
            return null;
        }
        await session.Out.WriteAsync("password: ");
        var password = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
        await session.Out.WriteLineAsync();
        return password.ToString();
    }
}
