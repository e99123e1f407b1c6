using Entente.Storage;
using Npgsql;

namespace Entente.Tests.Storage;

/// <summary>Fresh, empty stores for tests: a temporary SQLite file, or a new database on the PostgreSQL server named by
/// ENTENTE_TEST_PG (which .ci/run starts). Without that variable PostgreSQL tests skip — unless ENTENTE_REQUIRE_PG=1,
/// as in CI, where a missing server is a failure, not a skip.</summary>
internal static class TestStores
{
    public static TempStore Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "test.db");
        return new TempStore(EventStore.OpenSqlite(path), () => Directory.Delete(folder, recursive: true), path);
    }

    public static string? PostgresServer
    {
        get
        {
            var server = Environment.GetEnvironmentVariable("ENTENTE_TEST_PG");
            if (string.IsNullOrWhiteSpace(server))
            {
                if (Environment.GetEnvironmentVariable("ENTENTE_REQUIRE_PG") == "1")
                {
                    throw new InvalidOperationException("ENTENTE_REQUIRE_PG=1 but ENTENTE_TEST_PG names no PostgreSQL server");
                }
                return null;
            }
            return server;
        }
    }

    public static TempStore Postgres()
    {
        var server = PostgresServer;
        Skip.If(server is null, "ENTENTE_TEST_PG is not set (e.g. Host=127.0.0.1;Port=55432;Username=postgres); skipping PostgreSQL tests");
        var name = "entente_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var admin = new NpgsqlConnection(server))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            create.ExecuteNonQuery();
        }
        var address = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TempStore(EventStore.OpenPostgres(address), () =>
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(server);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }, address);
    }
}

/// <summary>A store that cleans up after itself.</summary>
internal sealed class TempStore(IEventStore store, Action cleanup, string address) : IDisposable
{
    public IEventStore Store { get; } = store;

    /// <summary>What <c>--db</c> would say to reach it.</summary>
    public string Address { get; } = address;

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        cleanup();
    }
}
