using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Accounts;

/// <summary>The account tables of the store.</summary>
public static class AccountsDb
{
    extension(NewsdeskDb db)
    {
        public DbSet<User> Users => db.Set<User>();

        public DbSet<ApiToken> ApiTokens => db.Set<ApiToken>();
    }
}
