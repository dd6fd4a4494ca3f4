using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Newsdesk.Core.Storage;

namespace Newsdesk.Storage.Postgres.Migrations;

[DbContext(typeof(NewsdeskDb))]
[Migration("20261123200000_ArticleGenre")]
public sealed class ArticleGenreColumn : SqlScriptMigration;
