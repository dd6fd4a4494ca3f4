using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Newsdesk.Core.Storage;

/// <summary>
/// A migration whose Up step is an SQL script embedded next to it (Migrations/{Id}.sql). Each
/// provider project keeps its own scripts; StorageSchemaTests check the result against the model.
/// </summary>
public abstract class SqlScriptMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var id = GetType().GetCustomAttribute<MigrationAttribute>()?.Id
            ?? throw new InvalidOperationException($"{GetType().Name} has no [Migration] attribute.");
        var assembly = GetType().Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + id + ".sql", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Migration script {id}.sql is not embedded in {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        migrationBuilder.Sql(reader.ReadToEnd());
    }
}
