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

    static SqlEventStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    internal SqlEventStore(string location, SqlDialect dialect, Func<DbConnection> open, Action<DbConnection>? prepareWriter = null)
    {
        Location = location;
        Dialect = dialect;
        _open = open;
        _writer = open();
        prepareWriter?.Invoke(_writer);
        Migrator.Apply(_writer, dialect);
        _events = new EventWriter(_writer, dialect);
    }

    public string Engine => Dialect.Engine;

    public string Location { get; }

    internal SqlDialect Dialect { get; }

    public bool Contains(string contentHash)
    {
        using var c = _open();
        return c.ExecuteScalar<long>("SELECT COUNT(*) FROM articles WHERE content_hash = @contentHash", new { contentHash }) > 0;
    }

    public SaveResult Save(StoredArticle article)
    {
        lock (_writeLock)
        {
            using var tx = _writer.BeginTransaction();
            try
            {
                var result = _events.Save(article, tx);
                if (result == SaveResult.Added)
                {
                    tx.Commit();
                    _events.Committed();
                }
                else
                {
                    tx.Rollback();
                }
                return result;
            }
            catch
            {
                tx.Rollback();
                _events.RolledBack();
                throw;
            }
        }
    }

    public IReadOnlyList<SaveOutcome> SaveMany(IReadOnlyList<StoredArticle> articles)
    {
        lock (_writeLock)
        {
            var outcomes = new List<SaveOutcome>(articles.Count);
            using var tx = _writer.BeginTransaction();
            try
            {
                foreach (var article in articles)
                {
                    _writer.Execute("SAVEPOINT article", transaction: tx);
                    try
                    {
                        outcomes.Add(new SaveOutcome(_events.Save(article, tx), null));
                        _writer.Execute("RELEASE SAVEPOINT article", transaction: tx);
                    }
                    catch (Exception e) when (e is DbException or InvalidOperationException or ArgumentException or StoreException)
                    {
                        _writer.Execute("ROLLBACK TO SAVEPOINT article", transaction: tx);
                        _writer.Execute("RELEASE SAVEPOINT article", transaction: tx);
                        _events.RolledBack();
                        outcomes.Add(new SaveOutcome(null, e));
                    }
                }
                tx.Commit();
                _events.Committed();
                return outcomes;
            }
            catch
            {
                tx.Rollback();
                _events.RolledBack();
                throw;
            }
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
        _events.Dispose();
        _writer.Dispose();
    }
}
