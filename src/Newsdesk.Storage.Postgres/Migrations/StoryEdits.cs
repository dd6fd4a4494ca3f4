using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Newsdesk.Core.Storage;

namespace Newsdesk.Storage.Postgres.Migrations;

[DbContext(typeof(NewsdeskDb))]
[Migration("20261123000000_StoryEdits")]
public sealed class StoryEdits : SqlScriptMigration;
