using Dapper;
using Entente.Storage;
using Entente.Storage.Query;
using Microsoft.Data.Sqlite;

namespace Entente.Tests.Storage;

/// <summary>A SQLite bulk load that dies before its end leaves its deferred index work to the next open of the store.</summary>
public sealed class BulkLoadTests
{
    [Fact]
    public void The_next_open_rebuilds_the_indexes_and_word_index_a_dead_bulk_load_deferred()
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-bulk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var live = Path.Combine(folder, "live.db");
            var crashed = Path.Combine(folder, "crashed.db");
            using (var store = EventStore.OpenSqlite(live))
            {
                var articles = StoreBehaviour.Code(StoreBehaviour.Reports);
                var bulk = store.BeginBulkLoad();
                store.SaveMany(articles);
                // Into an empty store the first batch already dropped the secondary indexes.
                Assert.Equal(0, IndexCount(live, "ix_events_date"));
                // A copy of the committed files is what a SIGKILL would have left on disk (the WAL holds the commits).
                File.Copy(live, crashed);
                File.Copy(live + "-wal", crashed + "-wal");
                bulk.Dispose();
            }
            using (var reopened = EventStore.OpenSqlite(crashed))
            {
                Assert.Equal(4, reopened.Totals().Articles);
                Assert.Contains(reopened.Events(new EventQuery { Text = "fisheries" }), e => e.Sentence!.Contains("fisheries", StringComparison.Ordinal));
            }
            foreach (var index in new[] { "ix_events_date", "ix_events_pair", "ix_events_plover", "ix_mentions_article", "ix_actor_mentions_actor" })
            {
                Assert.Equal(1, IndexCount(crashed, index));
            }
            using var c = new SqliteConnection($"Data Source={crashed};Pooling=False");
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM bulk_load"));
            Assert.Equal(1, IndexCount(live, "ix_events_date"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static long IndexCount(string db, string name)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        return c.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = @name", new { name });
    }
}
