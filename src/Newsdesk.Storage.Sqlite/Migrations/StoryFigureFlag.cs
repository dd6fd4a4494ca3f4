using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Newsdesk.Core.Storage;

namespace Newsdesk.Storage.Sqlite.Migrations;

[DbContext(typeof(NewsdeskDb))]
[Migration("20261122900000_StoryFigureFlag")]
public sealed class StoryFigureFlag : SqlScriptMigration;
