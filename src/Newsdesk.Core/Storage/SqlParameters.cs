using System.Data.Common;

namespace Newsdesk.Core.Storage;

/// <summary>Parameters for the few hand-written statements (claims and turns), stored as EF stores them.</summary>
internal static class SqlParameters
{
    /// <summary>A time as the store keeps it: UTC ticks on SQLite, timestamptz on PostgreSQL.</summary>
    public static object Time(DateTimeOffset t, bool sqlite) => sqlite ? t.UtcTicks : t.ToUniversalTime();

    public static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = "@" + name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
