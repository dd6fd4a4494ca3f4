namespace Newsdesk.Core.Accounts;

/// <summary>What a newsroom account may do: viewers read, editors compose and publish, admins also manage users and sources.</summary>
public enum UserRole
{
    Viewer = 0,
    Editor = 1,
    Admin = 2,
}

/// <summary>A newsroom account: a sign-in name, a hashed password and a role.</summary>
public sealed class User
{
    public long Id { get; set; }

    /// <summary>Sign-in name, stored lower-case; unique.</summary>
    public string UserName { get; set; } = "";

    public string? DisplayName { get; set; }

    /// <summary>PBKDF2 hash in the self-describing format of <see cref="PasswordHashing"/>.</summary>
    public string PasswordHash { get; set; } = "";

    public UserRole Role { get; set; }

    /// <summary>Changes whenever the password or role changes, so signed-in sessions issued before are refused.</summary>
    public string SecurityStamp { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
