using System.Data.Common;
using System.Globalization;
using Entente.Storage.Engines;
using Entente.Storage.Model;
using Entente.Storage.Query;

namespace Entente.Storage;

/// <summary>Writes one article inside the caller's transaction: the article, its actors and mentions, its events
/// (merged into earlier reports of the same event), the event mentions and the sanctions hits.</summary>
/// <remarks>Not thread-safe: <see cref="SqlEventStore"/> serialises writes. Actor ids learned in a transaction are
/// cached only once it commits, so a rollback cannot leave the cache pointing at rows that do not exist.</remarks>
internal sealed class EventWriter(DbConnection connection, SqlDialect dialect) : IDisposable
{
    private readonly StatementCache _sql = new(connection);
    private readonly Dictionary<string, long> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<long, bool> _generic = [];
    private readonly Dictionary<string, (long Id, bool Generic)> _pending = new(StringComparer.Ordinal);
    private readonly RowBatch _actorMentions = new("actor_mentions", "article_id", "actor_id", "entity_id", "text", "start_offset", "end_offset");
    private readonly RowBatch _mentions = new("mentions", "event_id", "article_id", "outlet", "local_event_id", "sentence_index", "sentence_start",
        "sentence_end", "sentence", "trigger_text", "trigger_start", "trigger_end", "source_text", "source_start", "target_text", "target_start",
        "pattern", "date_basis", "confidence");

    public void Committed()
    {
        foreach (var (key, (id, generic)) in _pending)
        {
            _actors[key] = id;
            _generic[id] = generic;
        }
        _pending.Clear();
    }

    public void RolledBack()
    {
        _pending.Clear();
        DiscardRows();
    }

    /// <summary>True while a bulk load indexes the evidence sentences' words at its end instead (SQLite).</summary>
    public bool DeferText { get; set; }

    /// <summary>Starts one article's savepoint inside a batch's transaction.</summary>
    public void BeginArticle(DbTransaction tx) => _sql.Execute("SAVEPOINT article", tx);

    /// <summary>Keeps the article's rows.</summary>
    public void KeepArticle(DbTransaction tx) => _sql.Execute("RELEASE SAVEPOINT article", tx);

    /// <summary>Undoes the article's rows, and only those.</summary>
    public void UndoArticle(DbTransaction tx)
    {
        DiscardRows();
        _sql.Execute("ROLLBACK TO SAVEPOINT article", tx);
        _sql.Execute("RELEASE SAVEPOINT article", tx);
    }

    public void Dispose() => _sql.Dispose();

    public SaveResult Save(StoredArticle a, DbTransaction tx)
    {
        var now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var articleId = _sql.Scalar(
            """
            INSERT INTO articles (content_hash, external_id, source, outlet, url, title, published, format, ingested_at, text, event_count)
            VALUES (@hash, @id, @source, @outlet, @url, @title, @published, @format, @now, @text, @events)
            ON CONFLICT (content_hash) DO NOTHING RETURNING id
            """, tx,
            ("hash", a.ContentHash), ("id", a.Article.Id), ("source", a.Article.Source), ("outlet", a.Outlet), ("url", a.Article.Url),
            ("title", a.Article.Title), ("published", a.Article.Published is { } p ? EventFilter.Iso(p) : null), ("format", a.Article.Format),
            ("now", now), ("text", a.Article.Text), ("events", a.Events.Count));
        if (articleId is not { } article)
        {
            return SaveResult.Unchanged;
        }
        foreach (var actor in a.Actors)
        {
            var actorId = ActorId(actor.Key, actor.Name, actor.Type, actor.Country, actor.Sector, actor.Code, tx);
            foreach (var m in actor.Mentions)
            {
                _actorMentions.Add(article, actorId, actor.EntityId, m.Text, m.Start, m.End);
            }
        }
        foreach (var e in a.Events)
        {
            SaveEvent(e, article, a, now, tx);
        }
        foreach (var h in a.Hits)
        {
            var actor = a.Actors.FirstOrDefault(x => x.Key == h.ActorKey);
            var actorId = actor is null ? ActorId(h.ActorKey, h.EntityName, "PERSON", null, null, null, tx)
                : ActorId(actor.Key, actor.Name, actor.Type, actor.Country, actor.Sector, actor.Code, tx);
            _sql.Later(
                """
                INSERT INTO sanctions_hits (article_id, actor_id, entity_id, entity_name, list, list_version, entry_id, entry_name, programs, score, status, reasons)
                VALUES (@article, @actor, @entity, @name, @list, @version, @entry, @entryName, @programs, @score, @status, @reasons)
                """, tx,
                ("article", article), ("actor", actorId), ("entity", h.EntityId), ("name", h.EntityName), ("list", h.List), ("version", h.ListVersion),
                ("entry", h.EntryId), ("entryName", h.EntryName), ("programs", string.Join("; ", h.Programs)), ("score", h.Score), ("status", h.Status),
                ("reasons", string.Join("; ", h.Reasons)));
        }
        Flush(tx);
        return SaveResult.Added;
    }

    private void SaveEvent(StoredEvent e, long article, StoredArticle a, string now, DbTransaction tx)
    {
        var sourceId = e.Source is { } s ? ActorId(s.Key, s.Name, s.Type, s.Country, s.Sector, s.Code, tx) : (long?)null;
        var targetId = e.Target is { } t ? ActorId(t.Key, t.Name, t.Type, t.Country, t.Sector, t.Code, tx) : (long?)null;
        var key = DedupKey(e);
        var eventId = FindSame(e, key, sourceId, targetId, article, tx);
        if (eventId is null)
        {
            eventId = _sql.Scalar(
                """
                INSERT INTO events (date, date_end, date_precision, cameo, root, cameo_name, quad_class, goldstein, plover, plover_mode, contexts,
                    source_actor_id, source_code, source_country, source_name, target_actor_id, target_code, target_country, target_name,
                    place_name, place_country, lat, lon, modality, negated, confidence, sanctioned, num_mentions, num_sources, num_articles,
                    first_article_id, dedup_key, added)
                VALUES (@date, @dateEnd, @precision, @cameo, @root, @cameoName, @quad, @goldstein, @plover, @ploverMode, @contexts,
                    @sourceId, @sourceCode, @sourceCountry, @sourceName, @targetId, @targetCode, @targetCountry, @targetName,
                    @placeName, @placeCountry, @lat, @lon, @modality, @negated, @confidence, @sanctioned, 1, 1, 1,
                    @article, @key, @now)
                RETURNING id
                """, tx,
                ("date", e.Date is { } d ? EventFilter.Iso(d) : null), ("dateEnd", e.DateEnd is { } de ? EventFilter.Iso(de) : null),
                ("precision", e.DatePrecision), ("cameo", e.Cameo.Code), ("root", e.Cameo.Root), ("cameoName", e.Cameo.Name), ("quad", e.Cameo.Quad),
                ("goldstein", e.Cameo.Goldstein), ("plover", e.Cameo.Plover), ("ploverMode", e.Cameo.PloverMode), ("contexts", string.Join(",", e.Contexts)),
                ("sourceId", sourceId), ("sourceCode", e.Source?.Code), ("sourceCountry", e.Source?.Country), ("sourceName", e.Source?.Name),
                ("targetId", targetId), ("targetCode", e.Target?.Code), ("targetCountry", e.Target?.Country), ("targetName", e.Target?.Name),
                ("placeName", e.Place?.Name), ("placeCountry", e.Place?.Country), ("lat", e.Place?.Lat), ("lon", e.Place?.Lon),
                ("modality", e.Modality), ("negated", e.Negated ? 1 : 0), ("confidence", e.Confidence), ("sanctioned", e.Sanctioned ? 1 : 0),
                ("article", article), ("key", key), ("now", now)) ?? throw new StoreException("the database returned no id for a new event");
            InsertMention(eventId.Value, article, a, e, tx);
            return;
        }
        // Another report of a stored event: count it; articles and outlets count once each (as its stored mentions say).
        Flush(tx);
        var seenArticle = _sql.Scalar("SELECT COUNT(*) FROM mentions WHERE event_id = @event AND article_id = @article", tx,
            ("event", eventId), ("article", article)) > 0;
        var seenOutlet = _sql.Scalar("SELECT COUNT(*) FROM mentions WHERE event_id = @event AND outlet = @outlet", tx,
            ("event", eventId), ("outlet", a.Outlet)) > 0;
        InsertMention(eventId.Value, article, a, e, tx);
        _sql.Later(
            """
            UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + @newArticle, num_sources = num_sources + @newOutlet,
                sanctioned = CASE WHEN @sanctioned = 1 THEN 1 ELSE sanctioned END,
                confidence = CASE WHEN @confidence > confidence THEN @confidence ELSE confidence END
            WHERE id = @event
            """, tx,
            ("event", eventId), ("newArticle", seenArticle ? 0 : 1), ("newOutlet", seenOutlet ? 0 : 1), ("sanctioned", e.Sanctioned ? 1 : 0),
            ("confidence", e.Confidence));
    }

    private void InsertMention(long eventId, long article, StoredArticle a, StoredEvent e, DbTransaction tx)
    {
        var sentence = a.Article.Text[e.Sentence.Start..e.Sentence.End];
        var trigger = a.Article.Text[e.Trigger.Start..e.Trigger.End];
        if (!dialect.WriterIndexesText || DeferText)
        {
            // Nothing reads the new row's id back: it waits for the article's other mentions, to go in with them.
            _mentions.Add(eventId, article, a.Outlet, e.LocalId, e.SentenceIndex, e.Sentence.Start, e.Sentence.End, sentence, trigger, e.Trigger.Start,
                e.Trigger.End, e.Source?.Text, e.Source?.Start, e.Target?.Text, e.Target?.Start, e.Pattern, e.DateBasis, e.Confidence);
            return;
        }
        const string Insert = """
            INSERT INTO mentions (event_id, article_id, outlet, local_event_id, sentence_index, sentence_start, sentence_end, sentence,
                trigger_text, trigger_start, trigger_end, source_text, source_start, target_text, target_start, pattern, date_basis, confidence)
            VALUES (@event, @article, @outlet, @local, @index, @sentenceStart, @sentenceEnd, @sentence,
                @trigger, @triggerStart, @triggerEnd, @sourceText, @sourceStart, @targetText, @targetStart, @pattern, @basis, @confidence)
            """;
        ReadOnlySpan<(string, object?)> values =
        [
            ("event", eventId), ("article", article), ("outlet", a.Outlet), ("local", e.LocalId), ("index", e.SentenceIndex),
            ("sentenceStart", e.Sentence.Start), ("sentenceEnd", e.Sentence.End), ("sentence", sentence),
            ("trigger", trigger), ("triggerStart", e.Trigger.Start), ("triggerEnd", e.Trigger.End),
            ("sourceText", e.Source?.Text), ("sourceStart", e.Source?.Start), ("targetText", e.Target?.Text), ("targetStart", e.Target?.Start),
            ("pattern", e.Pattern), ("basis", e.DateBasis), ("confidence", e.Confidence),
        ];
        // The word index needs the new row's id.
        var mentionId = _sql.Scalar(Insert + " RETURNING id", tx, values);
        _sql.Execute("INSERT INTO mention_fts (rowid, sentence) VALUES (@id, @sentence)", tx, ("id", mentionId), ("sentence", sentence));
    }

    // Writes the waiting rows, then (where the driver batches) every statement kept for later.
    private void Flush(DbTransaction tx)
    {
        _actorMentions.Flush(_sql, tx);
        _mentions.Flush(_sql, tx);
        _sql.Flush(tx);
    }

    private void DiscardRows()
    {
        _actorMentions.Clear();
        _mentions.Clear();
        _sql.Discard();
    }

    /// <summary>The stored event this report is another report of, if any (see <see cref="EventIdentity"/>).</summary>
    private long? FindSame(StoredEvent e, string key, long? sourceId, long? targetId, long article, DbTransaction tx)
    {
        const string Columns = "SELECT id, cameo, date, date_end, place_name, place_country, source_actor_id, target_actor_id FROM events";
        var candidates = e.Date is { } start
            ? _sql.Rows($"{Columns} WHERE dedup_key = @key AND date >= @lo AND date <= @hi", tx, Identity, ("key", key),
                ("lo", EventFilter.Iso(start.AddDays(-EventIdentity.RangeLookback))),
                ("hi", EventFilter.Iso((e.DateEnd ?? start).AddDays(EventIdentity.SlackDays))))
            // Undated events only merge within their own article: nothing says two undated reports are the same day.
            : _sql.Rows($"{Columns} WHERE dedup_key = @key AND date IS NULL AND first_article_id = @article", tx, Identity, ("key", key), ("article", article));
        return candidates.FirstOrDefault(c => c.SameAs(e, sourceId, targetId, IsGeneric))?.Id;
    }

    private static EventIdentity Identity(IRow row) => new()
    {
        Id = row.GetInt64(0),
        Cameo = row.GetString(1),
        Date = row.IsNull(2) ? null : row.GetString(2),
        DateEnd = row.IsNull(3) ? null : row.GetString(3),
        PlaceName = row.IsNull(4) ? null : row.GetString(4),
        PlaceCountry = row.IsNull(5) ? null : row.GetString(5),
        SourceActorId = row.IsNull(6) ? null : row.GetInt64(6),
        TargetActorId = row.IsNull(7) ? null : row.GetInt64(7),
    };

    private bool IsGeneric(long actorId) =>
        _generic.TryGetValue(actorId, out var generic) ? generic : _pending.Values.Any(v => v.Id == actorId && v.Generic);

    /// <summary>Dyad, root and polarity: what two reports must share before dates, codes and places are compared.</summary>
    internal static string DedupKey(StoredEvent e)
    {
        var polarity = e.Negated ? "not" : e.Claimed ? "did" : e.Modality;
        return $"{e.Cameo.Root}|{e.Source?.Country ?? e.Source?.Code ?? "-"}|{e.Target?.Country ?? e.Target?.Code ?? "-"}|{polarity}";
    }

    private long ActorId(string key, string name, string type, string? country, string? sector, string? code, DbTransaction tx)
    {
        if (_actors.TryGetValue(key, out var known))
        {
            return known;
        }
        if (_pending.TryGetValue(key, out var pending))
        {
            return pending.Id;
        }
        var inserted = _sql.Scalar(
            "INSERT INTO actors (actor_key, name, type, country, sector, code) VALUES (@key, @name, @type, @country, @sector, @code) ON CONFLICT (actor_key) DO NOTHING RETURNING id",
            tx, ("key", key), ("name", name), ("type", type), ("country", country), ("sector", sector), ("code", code));
        long id;
        string storedType;
        if (inserted is { } newId)
        {
            (id, storedType) = (newId, type);
        }
        else
        {
            (id, storedType) = _sql.Rows("SELECT id, type FROM actors WHERE actor_key = @key", tx, r => (r.GetInt64(0), r.GetString(1)), ("key", key)).Single();
        }
        _pending[key] = (id, EventIdentity.IsGenericType(storedType));
        return id;
    }
}
