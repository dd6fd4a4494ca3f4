using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Newsdesk.Core.Storage;

namespace Newsdesk.Storage.Sqlite.Migrations;

[DbContext(typeof(NewsdeskDb))]
[Migration("20261122600000_Understanding")]
public sealed class Understanding : SqlScriptMigration;
