using System.ComponentModel.DataAnnotations;

namespace Newsdesk.Core.Accounts;

/// <summary>Account settings (section "Accounts").</summary>
public sealed class AccountsOptions
{
    /// <summary>PBKDF2 work factor for new password hashes; existing hashes keep theirs.</summary>
    [Range(1_000, 10_000_000)]
    public int PasswordIterations { get; set; } = PasswordHashing.DefaultIterations;

    [Range(8, 1024)]
    public int MinimumPasswordLength { get; set; } = 10;
}
