using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Entente.Storage.Engines;

/// <summary>The index work a large SQLite ingest defers to its end: the word index of new evidence sentences always,
/// and, once the run is as large as the store it started with, the secondary indexes the writer never reads.</summary>
/// <remarks>Articles arrive in no date order, so each new event lands on a random page of every (…, date) index; once
/// the indexes outgrow the cache that costs more than the rows themselves, while building an index from the finished
/// table is one sort. The state lives in the bulk_load tables and changes only inside the writer's transactions, so a
/// crash leaves it consistent; the owner holds a lock file, and the next open of the store finishes the work of an
/// owner that died (a live owner's run is left alone).</remarks>
internal sealed class SqliteBulkLoad : IDisposable
{
    /// <summary>Indexes rebuilt at the end. Kept: the unique ones, ix_events_dedup (finding earlier reports of an event)
    /// and ix_mentions_event (counting them), which the writer reads; and those keyed by the article, whose ids grow with
    /// every insert, so that new entries only ever extend their last page (cheaper than a sort at the end).</summary>
    private static readonly string[] Deferrable =
    [
        "ix_events_date", "ix_events_source", "ix_events_target", "ix_events_quad", "ix_events_plover",
        "ix_events_source_actor", "ix_events_target_actor", "ix_events_sanctioned", "ix_events_pair", "ix_actor_mentions_actor",
    ];

    private readonly FileStream _owner;
    private readonly long _articlesAtStart;

    private SqliteBulkLoad(FileStream owner, long articlesAtStart)
    {
        _owner = owner;
        _articlesAtStart = articlesAtStart;
    }

    /// <summary>Articles saved since the start.</summary>
    public long Saved { get; set; }

    /// <summary>Starts deferring, or returns null when another live process is already bulk-loading this store.</summary>
    public static SqliteBulkLoad? Begin(DbConnection connection, string databasePath)
    {
        if (TryOwn(databasePath) is not { } owner)
        {
            return null;
        }
        connection.Execute("INSERT OR IGNORE INTO bulk_load (id, text_indexed_upto, started_at) VALUES (1, (SELECT COALESCE(MAX(id), 0) FROM mentions), @now)",
            new { now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture) });
        var articles = connection.ExecuteScalar<long>("SELECT COALESCE(MAX(id), 0) FROM articles");
        // Checkpoint every 256 MB of WAL instead of 4 MB: the index pages a batch dirties are copied back to the
        // database once per checkpoint, so fewer checkpoints copy (and sync) them fewer times. (100,000 articles: 995
        // and 1,011 articles/s against 909/s at 64 MB; 512 MB gained nothing more.)
        connection.Execute("PRAGMA wal_autocheckpoint = 65536");
        return new SqliteBulkLoad(owner, articles);
    }

    /// <summary>Whether a bulk load is under way (any process's): the writer then leaves new sentences to <see cref="Finish"/>.</summary>
    public static (bool Pending, bool IndexesDropped) State(DbConnection connection, DbTransaction tx)
    {
        var (pending, dropped) = connection.QuerySingle<(long, long)>(
            "SELECT (SELECT COUNT(*) FROM bulk_load), (SELECT COUNT(*) FROM bulk_load_indexes)", transaction: tx);
        return (pending > 0, dropped > 0);
    }

    /// <summary>Drops the deferrable indexes, inside the caller's transaction, once the run has saved as many articles as
    /// the store held at its start: rebuilding them then costs a few sorts of what the run wrote (at once, into an empty store).</summary>
    public void DropIndexesIfWorthIt(DbConnection connection, DbTransaction tx)
    {
        if (Saved < _articlesAtStart)
        {
            return;
        }
        foreach (var name in Deferrable)
        {
            if (connection.ExecuteScalar<string?>("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = @name", new { name }, tx) is { } definition)
            {
                connection.Execute("INSERT OR REPLACE INTO bulk_load_indexes (name, definition) VALUES (@name, @definition)", new { name, definition }, tx);
                connection.Execute($"DROP INDEX {name}", transaction: tx);
            }
        }
    }

    /// <summary>Does the deferred work in one transaction: rebuilds the dropped indexes, indexes the new sentences' words
    /// and clears the state. A crash part-way leaves the state as it was, for the next open to finish.</summary>
    public static void Finish(DbConnection connection)
    {
        using var tx = connection.BeginTransaction();
        if (connection.ExecuteScalar<long?>("SELECT text_indexed_upto FROM bulk_load", transaction: tx) is not { } upto)
        {
            return;
        }
        foreach (var definition in connection.Query<string>("SELECT definition FROM bulk_load_indexes", transaction: tx).ToList())
        {
            connection.Execute(definition.Replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", StringComparison.Ordinal), transaction: tx);
        }
        connection.Execute("INSERT INTO mention_fts (rowid, sentence) SELECT id, sentence FROM mentions WHERE id > @upto ORDER BY id", new { upto }, tx);
        connection.Execute("DELETE FROM bulk_load_indexes", transaction: tx);
        connection.Execute("DELETE FROM bulk_load", transaction: tx);
        tx.Commit();
    }

    /// <summary>At open: finishes the work of a bulk load whose process died, so indexes and word search are whole again.</summary>
    public static void Recover(DbConnection connection, string databasePath)
    {
        if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM bulk_load") == 0 || TryOwn(databasePath) is not { } owner)
        {
            return;
        }
        using (owner)
        {
            Finish(connection);
        }
    }

    /// <summary>Puts the checkpoint interval back and releases the owner's lock (after <see cref="Finish"/>).</summary>
    public void End(DbConnection connection)
    {
        connection.Execute("PRAGMA wal_autocheckpoint = 1000");
        _owner.Dispose();
    }

    public void Dispose() => _owner.Dispose();

    // The owner's lock: exclusive while the process lives, released by the OS when it dies.
    private static FileStream? TryOwn(string databasePath)
    {
        try
        {
            return new FileStream(databasePath + "-bulk", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
