using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Accounts;

/// <summary>Creates accounts, checks passwords and API tokens, and changes roles.</summary>
public sealed partial class UserAccounts(NewsdeskDb db, TimeProvider clock, IOptions<AccountsOptions> options)
{
    private const string TokenPrefix = "nd_";

    public async Task<AccountResult<User>> AddAsync(string userName, string password, UserRole role, string? displayName, CancellationToken ct)
    {
        var name = Normalize(userName);
        if (!UserNamePattern().IsMatch(name))
        {
            return AccountResult<User>.Fail("A user name is 2 to 64 letters, digits, dots, dashes or underscores.");
        }

        var passwordProblem = CheckPassword(password);
        if (passwordProblem is not null)
        {
            return AccountResult<User>.Fail(passwordProblem);
        }

        if (await db.Users.AnyAsync(u => u.UserName == name, ct))
        {
            return AccountResult<User>.Fail($"A user named '{name}' already exists.");
        }

        var user = new User
        {
            UserName = name,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim(),
            PasswordHash = PasswordHashing.Hash(password, options.Value.PasswordIterations),
            Role = role,
            SecurityStamp = NewStamp(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return AccountResult<User>.Ok(user);
    }

    /// <summary>The user when the password matches, else null (same answer for unknown names and wrong passwords).</summary>
    public async Task<User?> SignInAsync(string userName, string password, CancellationToken ct)
    {
        var name = Normalize(userName);
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == name, ct);
        if (user is null)
        {
            // Spend the same time as a real check, so response times do not reveal which names exist.
            PasswordHashing.Verify(password, DummyHashes.GetOrAdd(options.Value.PasswordIterations, i => PasswordHashing.Hash("not a password", i)));
            return null;
        }

        if (!PasswordHashing.Verify(password, user.PasswordHash))
        {
            return null;
        }

        user.LastSignInAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return user;
    }

    public async Task<AccountResult<User>> SetPasswordAsync(string userName, string password, CancellationToken ct)
    {
        var user = await FindAsync(userName, ct);
        var problem = user is null ? $"No user named '{Normalize(userName)}'." : CheckPassword(password);
        if (problem is not null)
        {
            return AccountResult<User>.Fail(problem);
        }

        user!.PasswordHash = PasswordHashing.Hash(password, options.Value.PasswordIterations);
        user.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(ct);
        return AccountResult<User>.Ok(user);
    }

    public async Task<AccountResult<User>> SetRoleAsync(string userName, UserRole role, CancellationToken ct)
    {
        var user = await FindAsync(userName, ct);
        if (user is null)
        {
            return AccountResult<User>.Fail($"No user named '{Normalize(userName)}'.");
        }

        if (user.Role == UserRole.Admin && role != UserRole.Admin && !await db.Users.AnyAsync(u => u.Role == UserRole.Admin && u.Id != user.Id, ct))
        {
            return AccountResult<User>.Fail("This is the last admin; make another user admin first.");
        }

        user.Role = role;
        user.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(ct);
        return AccountResult<User>.Ok(user);
    }

    public async Task<AccountResult<User>> RemoveAsync(string userName, CancellationToken ct)
    {
        var user = await FindAsync(userName, ct);
        if (user is null)
        {
            return AccountResult<User>.Fail($"No user named '{Normalize(userName)}'.");
        }

        if (user.Role == UserRole.Admin && !await db.Users.AnyAsync(u => u.Role == UserRole.Admin && u.Id != user.Id, ct))
        {
            return AccountResult<User>.Fail("This is the last admin; make another user admin first.");
        }

        db.Users.Remove(user);
        await db.SaveChangesAsync(ct);
        return AccountResult<User>.Ok(user);
    }

    /// <summary>Creates an API token for the user and returns it in clear text: the only time it is seen.</summary>
    public async Task<AccountResult<string>> CreateTokenAsync(string userName, string tokenName, CancellationToken ct)
    {
        var user = await FindAsync(userName, ct);
        if (user is null)
        {
            return AccountResult<string>.Fail($"No user named '{Normalize(userName)}'.");
        }

        var token = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        db.ApiTokens.Add(new ApiToken
        {
            UserId = user.Id,
            Name = string.IsNullOrWhiteSpace(tokenName) ? "api" : tokenName.Trim(),
            TokenHash = HashToken(token),
            Prefix = token[..10],
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return AccountResult<string>.Ok(token);
    }

    /// <summary>The owner of a presented API token, or null when the token is unknown.</summary>
    public async Task<User?> FindByTokenAsync(string token, CancellationToken ct)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal) || token.Length > 128)
        {
            return null;
        }

        var hash = HashToken(token);
        var row = await db.ApiTokens.Include(t => t.User).FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        return row?.User;
    }

    public Task<User?> FindAsync(string userName, CancellationToken ct)
    {
        var name = Normalize(userName);
        return db.Users.FirstOrDefaultAsync(u => u.UserName == name, ct);
    }

    public static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    private string? CheckPassword(string password) =>
        password.Length < options.Value.MinimumPasswordLength
            ? $"A password needs at least {options.Value.MinimumPasswordLength} characters."
            : null;

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> DummyHashes = new();

    [GeneratedRegex("^[a-z0-9._-]{2,64}$")]
    private static partial Regex UserNamePattern();
}
