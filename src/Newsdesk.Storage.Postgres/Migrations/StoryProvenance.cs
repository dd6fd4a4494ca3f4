using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Newsdesk.Core.Storage;

namespace Newsdesk.Storage.Postgres.Migrations;

/// <summary>Per copy: the sentences it adds and the outlet it credits (issue 5).</summary>
[DbContext(typeof(NewsdeskDb))]
[Migration("20261122400000_StoryProvenance")]
public sealed class StoryProvenance : SqlScriptMigration;
