using System.Data.Common;
using Dapper;
using Entente.Ingest;
using Entente.Storage.Engines;
using Entente.Storage.Model;

namespace Entente.Storage;

/// <summary>The store over any ADO.NET engine; the SQL is shared and <see cref="SqlDialect"/> covers the differences.</summary>
/// <remarks>Writes go through one connection, serialised; each read opens a pooled connection, so readers run in parallel.</remarks>
public sealed partial class SqlEventStore : IEventStore
{
    private readonly Func<DbConnection> _open;
    private readonly DbConnection _writer;
    private readonly EventWriter _events;
    private readonly Lock _writeLock = new();
    private readonly ThreadLocal<DbCommand>? _lookups;
    private SqliteBulkLoad? _bulk;

    static SqlEventStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    internal SqlEventStore(string location, SqlDialect dialect, Func<DbConnection> open, Action<DbConnection>? prepareWriter = null)
    {
        Location = location;
        Dialect = dialect;
        _open = open;
        _writer = open();
        prepareWriter?.Invoke(_writer);
        Migrator.Apply(_writer, dialect);
        if (dialect.WriterIndexesText)
        {
            SqliteBulkLoad.Recover(_writer, location);
        }
        _events = new EventWriter(_writer, dialect);
        _lookups = dialect.WriterIndexesText ? new ThreadLocal<DbCommand>(OpenLookup, trackAllValues: true) : null;
    }

    public string Engine => Dialect.Engine;

    public string Location { get; }

    internal SqlDialect Dialect { get; }

    public bool Contains(string contentHash)
    {
        if (_lookups is null)
        {
            using var c = _open();
            return c.ExecuteScalar<long>("SELECT COUNT(*) FROM articles WHERE content_hash = @contentHash", new { contentHash }) > 0;
        }
        var lookup = _lookups.Value!;
        lookup.Parameters[0].Value = contentHash;
        return lookup.ExecuteScalar() is not null;
    }

    // An ingest asks once per article, from every coding thread: a connection and a compiled statement per thread
    // instead of a pooled open and a parse each time. SQLite only: there a connection is a file handle, not a server's.
    private DbCommand OpenLookup()
    {
        var command = _open().CreateCommand();
        command.CommandText = "SELECT 1 FROM articles WHERE content_hash = @hash";
        var hash = command.CreateParameter();
        hash.ParameterName = "@hash";
        command.Parameters.Add(hash);
        return command;
    }

    public SaveResult Save(StoredArticle article)
    {
        lock (_writeLock)
        {
            using var tx = _writer.BeginTransaction();
            try
            {
                PrepareBatch(tx);
                var result = _events.Save(article, tx);
                if (result == SaveResult.Added)
                {
                    tx.Commit();
                    _events.Committed();
                    if (_bulk is not null)
                    {
                        _bulk.Saved++;
                    }
                }
                else
                {
                    tx.Rollback();
                }
                return result;
            }
            catch
            {
                Abandon(tx);
                throw;
            }
        }
    }

    public IReadOnlyList<SaveOutcome> SaveMany(IReadOnlyList<StoredArticle> articles)
    {
        lock (_writeLock)
        {
            // Optimistically the whole batch at once: a savepoint per article costs two statements and a copy of every
            // page the article changes. Only when an article fails is the batch redone with one savepoint each.
            return SaveAll(articles) ?? SaveEach(articles);
        }
    }

    // The batch in one transaction; null (and nothing saved) when an article failed.
    private List<SaveOutcome>? SaveAll(IReadOnlyList<StoredArticle> articles) => InTransaction(articles.Count, (tx, outcomes) =>
    {
        try
        {
            foreach (var article in articles)
            {
                outcomes.Add(new SaveOutcome(_events.Save(article, tx), null));
            }
            return true;
        }
        catch (Exception e) when (IsArticleError(e))
        {
            return false;
        }
    });

    // The batch in one transaction, each article in its own savepoint: a failed article is undone alone.
    private List<SaveOutcome> SaveEach(IReadOnlyList<StoredArticle> articles) => InTransaction(articles.Count, (tx, outcomes) =>
    {
        foreach (var article in articles)
        {
            _events.BeginArticle(tx);
            try
            {
                outcomes.Add(new SaveOutcome(_events.Save(article, tx), null));
                _events.KeepArticle(tx);
            }
            catch (Exception e) when (IsArticleError(e))
            {
                _events.UndoArticle(tx);
                _events.RolledBack();
                outcomes.Add(new SaveOutcome(null, e));
            }
        }
        return true;
    })!;

    // One transaction for a batch: `save` fills in the outcomes, or says false to have the whole batch undone (null).
    private List<SaveOutcome>? InTransaction(int count, Func<DbTransaction, List<SaveOutcome>, bool> save)
    {
        var outcomes = new List<SaveOutcome>(count);
        using var tx = _writer.BeginTransaction();
        try
        {
            PrepareBatch(tx);
            if (!save(tx, outcomes))
            {
                Abandon(tx);
                return null;
            }
            Commit(tx, outcomes);
            return outcomes;
        }
        catch
        {
            Abandon(tx);
            throw;
        }
    }

    private static bool IsArticleError(Exception e) => e is DbException or InvalidOperationException or ArgumentException or StoreException;

    // Undoes the transaction; the writer forgets the actor ids and pending rows it kept for it.
    private void Abandon(DbTransaction tx)
    {
        tx.Rollback();
        _events.RolledBack();
    }

    private void Commit(DbTransaction tx, List<SaveOutcome> outcomes)
    {
        tx.Commit();
        _events.Committed();
        if (_bulk is not null)
        {
            _bulk.Saved += outcomes.Count(o => o.Result == SaveResult.Added);
        }
    }

    /// <summary>Starts a large ingest (SQLite): see <see cref="SqliteBulkLoad"/>. Disposing the result does the deferred work.</summary>
    public IDisposable BeginBulkLoad()
    {
        lock (_writeLock)
        {
            if (!Dialect.WriterIndexesText || _bulk is not null)
            {
                return NoBulkLoad.Instance;
            }
            _bulk = SqliteBulkLoad.Begin(_writer, Location);
            return _bulk is null ? NoBulkLoad.Instance : new BulkLoadScope(this);
        }
    }

    internal void EndBulkLoadFromScope() => EndBulkLoad();

    private void EndBulkLoad()
    {
        lock (_writeLock)
        {
            if (_bulk is null)
            {
                return;
            }
            try
            {
                SqliteBulkLoad.Finish(_writer);
            }
            finally
            {
                _bulk.End(_writer);
                _bulk = null;
            }
        }
    }

    // Each batch reads whether a bulk load (of this or another process) is under way, inside its own transaction, so it
    // agrees with whoever finishes it; this store's own bulk load may drop the secondary indexes here.
    private void PrepareBatch(DbTransaction tx)
    {
        if (!Dialect.WriterIndexesText)
        {
            return;
        }
        var (pending, dropped) = SqliteBulkLoad.State(_writer, tx);
        _events.DeferText = pending;
        if (pending && !dropped)
        {
            _bulk?.DropIndexesIfWorthIt(_writer, tx);
        }
    }

    public void RecordError(IngestError error)
    {
        lock (_writeLock)
        {
            _writer.Execute("INSERT INTO ingest_errors (item, code, message, at) VALUES (@item, @code, @message, @at)",
                new { item = error.Item, code = error.Code, message = error.Message, at = DateTime.UtcNow.ToString("O") });
        }
    }

    public void Dispose()
    {
        EndBulkLoad();
        if (_lookups is not null)
        {
            foreach (var lookup in _lookups.Values)
            {
                lookup.Connection?.Dispose();
                lookup.Dispose();
            }
            _lookups.Dispose();
        }
        _events.Dispose();
        _writer.Dispose();
    }
}

/// <summary>Ends a store's bulk load once.</summary>
file sealed class BulkLoadScope(SqlEventStore store) : IDisposable
{
    private int _ended;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _ended, 1) == 0)
        {
            store.EndBulkLoadFromScope();
        }
    }
}
