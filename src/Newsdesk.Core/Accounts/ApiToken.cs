namespace Newsdesk.Core.Accounts;

/// <summary>A bearer token for the JSON API. Only its SHA-256 hash is stored; the token is shown once.</summary>
public sealed class ApiToken
{
    public long Id { get; set; }

    public long UserId { get; set; }

    public User? User { get; set; }

    /// <summary>What the token is for ("ci", "laptop").</summary>
    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the token; unique.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>The first characters of the token, so a user can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
