using Dapper;
using Entente.Storage;
using Entente.Storage.Query;
using Microsoft.Data.Sqlite;

namespace Entente.Tests.Storage;

/// <summary>Migration 0006 on a SQLite store made before it: the unused CAMEO-code index is gone (also from the record of
/// a dead bulk load, which must not bring it back), and the word index still finds every sentence.</summary>
public sealed class CameoIndexMigrationTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_older_store_loses_the_cameo_index(bool deadBulkLoad)
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-migrate-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "old.db");
        try
        {
            using (var store = EventStore.OpenSqlite(path))
            {
                foreach (var article in StoreBehaviour.Code(StoreBehaviour.Reports))
                {
                    store.Save(article);
                }
            }
            MakeOld(path, deadBulkLoad);
            using (var store = EventStore.OpenSqlite(path))
            {
                var fisheries = store.Events(new EventQuery { Text = "fisheries" });
                Assert.NotEmpty(fisheries);
                Assert.All(fisheries, e => Assert.Contains("fisheries", e.Sentence, StringComparison.Ordinal));
            }
            using var c = new SqliteConnection($"Data Source={path};Pooling=False");
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_events_cameo'"));
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM bulk_load"));
            // Every sentence with the word is in the word index (also the one the dead bulk load left to its finish).
            Assert.Equal(
                c.ExecuteScalar<long>("SELECT COUNT(*) FROM mentions WHERE sentence LIKE '%signed%'"),
                c.ExecuteScalar<long>("SELECT COUNT(*) FROM mention_fts WHERE mention_fts MATCH 'signed'"));
            Assert.True(c.ExecuteScalar<long>("SELECT COUNT(*) FROM mentions WHERE sentence LIKE '%signed%'") >= 2);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    // Puts the store back as migration 0005 left it: the CAMEO-code index, no record of
    // 0006; with a dead bulk load, the last mention not yet in the word index and the CAMEO-code index dropped by it.
    private static void MakeOld(string path, bool deadBulkLoad)
    {
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        var last = c.ExecuteScalar<long>("SELECT MAX(id) FROM mentions");
        var upto = deadBulkLoad ? last - 1 : last;
        c.Execute("DROP TABLE mention_fts");
        c.Execute("CREATE VIRTUAL TABLE mention_fts USING fts5 (sentence, content = '', tokenize = 'unicode61 remove_diacritics 2')");
        c.Execute("INSERT INTO mention_fts (rowid, sentence) SELECT id, sentence FROM mentions WHERE id <= @upto", new { upto });
        c.Execute("DELETE FROM schema_migrations WHERE version = 6");
        if (deadBulkLoad)
        {
            c.Execute("INSERT INTO bulk_load (id, text_indexed_upto, started_at) VALUES (1, @upto, 'then')", new { upto });
            c.Execute("INSERT INTO bulk_load_indexes (name, definition) VALUES ('ix_events_cameo', 'CREATE INDEX ix_events_cameo ON events (cameo, date)')");
        }
        else
        {
            c.Execute("CREATE INDEX ix_events_cameo ON events (cameo, date)");
        }
    }
}
