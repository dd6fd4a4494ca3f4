using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Newsdesk.Core.Storage;

namespace Newsdesk.Storage.Sqlite.Migrations;

[DbContext(typeof(NewsdeskDb))]
[Migration("20261123800000_BriefEditions")]
public sealed class BriefEditions : SqlScriptMigration;
