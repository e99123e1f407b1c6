using Entente.Ingest;
using Entente.Storage.Model;
using Entente.Storage.Query;

namespace Entente.Storage;

/// <summary>Where coded articles go: each save is one transaction, and saving the same article twice changes nothing.</summary>
public interface IArticleSink
{
    /// <summary>Saves an article with its actors, events (merged with earlier reports of the same event) and hits.</summary>
    SaveResult Save(StoredArticle article);

    /// <summary>Saves several articles in one database transaction, each inside its own savepoint: an article that fails
    /// is rolled back alone (its result is the exception) and the others are kept. Much faster than one commit each.</summary>
    IReadOnlyList<SaveOutcome> SaveMany(IReadOnlyList<StoredArticle> articles);

    /// <summary>True when an article with this content hash is already stored.</summary>
    bool Contains(string contentHash);

    /// <summary>Records an input that could not be read or coded.</summary>
    void RecordError(IngestError error);

    /// <summary>Tells the store a run of many saves follows, so it may defer index work to the run's end (SQLite: the
    /// word index of new sentences, and the secondary indexes when the run is large). Dispose the result when the run
    /// ends: that does the deferred work. Every save stays its own transaction; a crash leaves the work to the next open.</summary>
    IDisposable BeginBulkLoad() => NoBulkLoad.Instance;
}

/// <summary>A bulk load with nothing deferred.</summary>
public sealed class NoBulkLoad : IDisposable
{
    private NoBulkLoad()
    {
    }

    /// <summary>The one instance (it holds nothing).</summary>
    public static NoBulkLoad Instance { get; } = new();

    public void Dispose()
    {
    }
}

/// <summary>What the store can answer.</summary>
public interface IEventQueries
{
    /// <summary>Events matching the query, de-duplicated, with their first report's sentence.</summary>
    IReadOnlyList<EventRow> Events(EventQuery query);

    /// <summary>How many events match (paging ignored), counting no further than <paramref name="atMost"/>: an exact
    /// count of a million rows is a full scan, and a page only needs to know whether there are more.</summary>
    long CountEvents(EventQuery query, long atMost = long.MaxValue);

    /// <summary>One event.</summary>
    EventRow? Event(long id);

    /// <summary>Every report of an event: the evidence.</summary>
    IReadOnlyList<MentionRow> Mentions(long eventId);

    /// <summary>Reports of the events matching a query, for the GDELT mentions export.</summary>
    IEnumerable<MentionRow> MentionsOf(EventQuery query);

    /// <summary>Events matching a query without a page limit, in id order, for exports.</summary>
    IEnumerable<EventRow> StreamEvents(EventQuery query);

    /// <summary>Actors whose name or code contains <paramref name="search"/> (all when null), most active first.</summary>
    IReadOnlyList<ActorRow> Actors(string? search, string? country, int limit, int offset);

    /// <summary>One actor.</summary>
    ActorRow? Actor(long id);

    /// <summary>Articles, newest first, optionally those whose title or outlet contains <paramref name="search"/>.</summary>
    IReadOnlyList<ArticleRow> Articles(string? search, int limit, int offset);

    /// <summary>One article with its text.</summary>
    ArticleRow? Article(long id);

    /// <summary>The actors an article names, with offsets.</summary>
    IReadOnlyList<ActorMentionRow> ActorMentions(long articleId);

    /// <summary>Sanctions hits, of one actor or of one article.</summary>
    IReadOnlyList<HitRow> Hits(long? actorId = null, long? articleId = null);

    /// <summary>Event counts per month (key YYYY-MM) and quad class.</summary>
    IReadOnlyList<CountRow> CountsByMonth(EventQuery query);

    /// <summary>Event counts per day (key YYYY-MM-DD) and quad class; weeks are summed from these.</summary>
    IReadOnlyList<CountRow> CountsByDay(EventQuery query);

    /// <summary>Event counts per quad class.</summary>
    IReadOnlyList<CountRow> CountsByQuad(EventQuery query);

    /// <summary>The most frequent country dyads ("VEN>PRK").</summary>
    IReadOnlyList<CountRow> TopDyads(EventQuery query, int limit);

    /// <summary>The actor network: directed edges with counts and mean Goldstein.</summary>
    IReadOnlyList<NetworkEdge> Network(EventQuery query, int limit);

    /// <summary>Totals for a summary line.</summary>
    StoreTotals Totals();
}

/// <summary>The store: one interface, two engines (SQLite, PostgreSQL), the same schema and behaviour.</summary>
public interface IEventStore : IArticleSink, IEventQueries, IDisposable
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Engine { get; }

    /// <summary>The database file or server (no password).</summary>
    string Location { get; }
}

/// <summary>What a save did.</summary>
public enum SaveResult
{
    /// <summary>The article was new and is now stored.</summary>
    Added,

    /// <summary>The same article was already stored; nothing changed.</summary>
    Unchanged,
}

/// <summary>What saving one article of a batch did: its result, or why it failed.</summary>
/// <param name="Result">Added or unchanged, when it succeeded.</param>
/// <param name="Error">The failure, when it did not.</param>
public sealed record SaveOutcome(SaveResult? Result, Exception? Error);

/// <summary>How much the store holds.</summary>
/// <param name="Articles">Articles.</param>
/// <param name="Events">De-duplicated events.</param>
/// <param name="Mentions">Reports of events.</param>
/// <param name="Actors">Distinct actors.</param>
/// <param name="Hits">Sanctions hits.</param>
/// <param name="Errors">Inputs recorded as failed.</param>
public sealed record StoreTotals(long Articles, long Events, long Mentions, long Actors, long Hits, long Errors);
