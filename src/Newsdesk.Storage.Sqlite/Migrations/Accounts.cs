using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Newsdesk.Core.Storage;

namespace Newsdesk.Storage.Sqlite.Migrations;

[DbContext(typeof(NewsdeskDb))]
[Migration("20261122700000_Accounts")]
public sealed class Accounts : SqlScriptMigration;
