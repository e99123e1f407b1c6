using Entente.Pipeline;
using Entente.Storage.Engines;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Entente.Storage;

/// <summary>Opens the store: SQLite under ENTENTE_HOME by default, PostgreSQL when the address says so.</summary>
public static class EventStore
{
    /// <summary>The database file name under ENTENTE_HOME.</summary>
    public const string DefaultFileName = "entente.db";

    /// <summary>Opens (creating and migrating as needed) the store named by <paramref name="address"/>, else by
    /// <c>ENTENTE_DB</c>, else the embedded database under <paramref name="home"/>.</summary>
    /// <param name="address">"postgres://user:pass@host:port/db", an Npgsql "Host=…" string, "sqlite:PATH" or a file path.</param>
    /// <param name="home">Entente's data folder.</param>
    /// <param name="environment">Environment lookup (tests pass their own).</param>
    /// <exception cref="StoreException">The address is malformed or the database cannot be opened.</exception>
    public static IEventStore Open(string? address, EntenteHome home, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        address = string.IsNullOrWhiteSpace(address) ? environment("ENTENTE_DB") : address;
        if (string.IsNullOrWhiteSpace(address))
        {
            return OpenSqlite(Path.Combine(home.Path, DefaultFileName));
        }
        address = address.Trim();
        if (address.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || address.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return OpenPostgres(address);
        }
        return OpenSqlite(address.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? address["sqlite:".Length..] : address);
    }

    /// <summary>Opens an embedded SQLite store in WAL mode.</summary>
    public static IEventStore OpenSqlite(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var cs = new SqliteConnectionStringBuilder { DataSource = full, Pooling = true, DefaultTimeout = 30, ForeignKeys = true }.ToString();
            using (var first = new SqliteConnection(cs))
            {
                // WAL lets readers (the web app) run while an ingest writes. The mode is stored in the file: set it once,
                // not on every pooled open, where it would wait for the writer's lock.
                first.Open();
                using var wal = first.CreateCommand();
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                wal.ExecuteNonQuery();
            }
            return new SqlEventStore(full, SqlDialect.Sqlite, () =>
            {
                var c = new SqliteConnection(cs);
                c.Open();
                return c;
            }, writer =>
            {
                using var pragma = writer.CreateCommand();
                // NORMAL sync in WAL mode never corrupts: a crash loses at most the last transactions, never half of one.
                // A 64 MB page cache keeps a batch's dirty index pages in memory instead of spilling them to the WAL again and again.
                pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -262144; PRAGMA mmap_size = 1073741824; PRAGMA temp_store = MEMORY;";
                pragma.ExecuteNonQuery();
            });
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"cannot open the SQLite store {full}: {e.Message}", e);
        }
    }

    /// <summary>Opens a PostgreSQL store.</summary>
    public static IEventStore OpenPostgres(string address)
    {
        NpgsqlDataSource source;
        string location;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(address.Contains("://", StringComparison.Ordinal) ? FromUrl(address) : address);
            location = $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
            if (builder.MaxAutoPrepare == 0)
            {
                // The writer repeats a dozen statements per article: prepared once, the server skips parsing and planning them.
                builder.MaxAutoPrepare = 32;
            }
            source = NpgsqlDataSource.Create(builder);
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"'{Redact(address)}' is not a PostgreSQL address ({e.Message})", e);
        }
        try
        {
            return new SqlEventStore(location, SqlDialect.Postgres, () => source.OpenConnection());
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            throw new StoreException($"cannot open the PostgreSQL store {location}: {e.Message.Split('\n')[0]}", e);
        }
    }

    // postgres://user:password@host:port/database?sslmode=disable → Npgsql keywords.
    private static string FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException("not a URL");
        }
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port };
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            b.Username = Uri.UnescapeDataString(user[0]);
        }
        if (user.Length == 2)
        {
            b.Password = Uri.UnescapeDataString(user[1]);
        }
        var db = uri.AbsolutePath.Trim('/');
        if (db.Length > 0)
        {
            b.Database = Uri.UnescapeDataString(db);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            b[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return b.ConnectionString;
    }

    private static string Redact(string address)
    {
        var url = System.Text.RegularExpressions.Regex.Replace(address, "(://[^:/@]*:)[^@]*@", "$1***@");
        return System.Text.RegularExpressions.Regex.Replace(url, "(Password=)[^;]*", "$1***", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    }
}
