using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Newsdesk.Core.Storage;

namespace Newsdesk.Storage.Sqlite.Migrations;

[DbContext(typeof(NewsdeskDb))]
[Migration("20261123700000_Subscribers")]
public sealed class Subscribers : SqlScriptMigration;
