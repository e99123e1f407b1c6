using System.Data.Common;
using System.Reflection;
using Dapper;

namespace Entente.Storage.Engines;

/// <summary>Brings a database to the newest schema: numbered SQL files, each applied once, in order, in a transaction.</summary>
internal static class Migrator
{
    private const string Prefix = "Entente.Storage.Migrations.";

    /// <summary>The migrations shipped with this build: "NNNN_name.sql" for every engine, "NNNN_name.ENGINE.sql" for one.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> All { get; } = Load();

    /// <summary>The newest schema version this build knows.</summary>
    public static int Latest => All[^1].Version;

    public static void Apply(DbConnection connection, SqlDialect dialect)
    {
        var mine = All.Where(m => !m.Name.Contains('.', StringComparison.Ordinal) || m.Name.EndsWith("." + dialect.Engine, StringComparison.Ordinal)).ToList();
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = connection.Query<long>("SELECT version FROM schema_migrations").Select(v => (int)v).ToHashSet();
        if (applied.Count > 0 && applied.Max() > Latest)
        {
            throw new StoreException($"the store has schema version {applied.Max()}, newer than this Entente knows ({Latest}); upgrade Entente");
        }
        foreach (var (version, name, sql) in mine.Where(m => !applied.Contains(m.Version)))
        {
            using var tx = connection.BeginTransaction();
            foreach (var statement in Statements(dialect.Render(sql)))
            {
                connection.Execute(statement, transaction: tx);
            }
            connection.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                new { version, name, at = DateTime.UtcNow.ToString("O") }, tx);
            tx.Commit();
        }
    }

    private static IEnumerable<string> Statements(string sql) =>
        string.Join('\n', sql.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)))
            .Split(';').Select(s => s.Trim()).Where(s => s.Length > 0);

    private static List<(int, string, string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var list = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..^".sql".Length];
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            list.Add((int.Parse(name[..4], System.Globalization.CultureInfo.InvariantCulture), name, reader.ReadToEnd()));
        }
        return list.OrderBy(m => m.Item1).ToList();
    }
}
