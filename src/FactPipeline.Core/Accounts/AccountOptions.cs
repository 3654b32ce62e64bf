using System.ComponentModel.DataAnnotations;
using FactPipeline.Core.Common.Options;

namespace FactPipeline.Core.Accounts;

/// <summary>Passwords and lockout of the review desk's accounts (section <c>Accounts</c>).</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>Shortest password accepted (NIST SP 800-63B asks at least 8; a shared newsroom desk deserves more).</summary>
    [Range(8, 128)]
    public int MinPasswordLength { get; set; } = 12;

    /// <summary>Failed sign-ins in a row that lock the account.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account refuses every sign-in, the right password included.</summary>
    [TimeSpanRange("00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
