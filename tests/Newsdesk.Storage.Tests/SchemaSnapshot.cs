using System.Data.Common;
using Newsdesk.Core.Storage;

namespace Newsdesk.Storage.Tests;

/// <summary>Tables, columns and indexes of a live database, as comparable text lines.</summary>
internal static class SchemaSnapshot
{
    public static async Task<Dictionary<string, List<string>>> ReadAsync(DbConnection connection, DatabaseProvider provider)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        var sql = provider == DatabaseProvider.Sqlite
            ? """
              SELECT m.name, 'column ' || p.name || ' ' || p.type || CASE WHEN p."notnull" THEN ' not null' ELSE '' END || CASE WHEN p.pk THEN ' pk' ELSE '' END
              FROM sqlite_master m JOIN pragma_table_info(m.name) p
              WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EF%'
              UNION ALL
              SELECT m.name, 'index ' || i.name || CASE WHEN i."unique" THEN ' unique' ELSE '' END || ' (' ||
                     (SELECT group_concat(c.name, ',') FROM pragma_index_info(i.name) c) || ')'
              FROM sqlite_master m JOIN pragma_index_list(m.name) i
              WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EF%' AND i.origin = 'c'
              UNION ALL
              SELECT m.name, 'fk ' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' on delete ' || f.on_delete
              FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
              WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EF%'
              """
            : """
              SELECT c.table_name, 'column ' || c.column_name || ' ' || c.data_type || coalesce('(' || c.character_maximum_length || ')', '') ||
                     CASE WHEN c.is_nullable = 'NO' THEN ' not null' ELSE '' END
              FROM information_schema.columns c
              WHERE c.table_schema = 'public' AND c.table_name NOT LIKE '__EF%'
              UNION ALL
              SELECT i.tablename, 'index ' || i.indexdef
              FROM pg_indexes i WHERE i.schemaname = 'public' AND i.tablename NOT LIKE '__EF%'
              UNION ALL
              SELECT tc.table_name, 'constraint ' || tc.constraint_name || ' ' || tc.constraint_type
              FROM information_schema.table_constraints tc
              WHERE tc.table_schema = 'public' AND tc.table_name NOT LIKE '__EF%' AND tc.constraint_type IN ('FOREIGN KEY', 'PRIMARY KEY', 'UNIQUE')
              """;
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!result.TryGetValue(table, out var lines))
            {
                result[table] = lines = [];
            }

            lines.Add(reader.GetString(1));
        }

        foreach (var lines in result.Values)
        {
            lines.Sort(StringComparer.Ordinal);
        }

        return result;
    }
}
