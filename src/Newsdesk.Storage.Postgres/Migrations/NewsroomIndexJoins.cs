using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Newsdesk.Core.Storage;

namespace Newsdesk.Storage.Postgres.Migrations;

[DbContext(typeof(NewsdeskDb))]
[Migration("20261123400000_NewsroomIndexJoins")]
public sealed class NewsroomIndexJoins : SqlScriptMigration;
