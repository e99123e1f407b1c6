using System.Data.Common;
using System.Globalization;
using Dapper;
using Entente.Storage.Model;
using Entente.Storage.Query;

namespace Entente.Storage;

/// <summary>Writes one article inside the caller's transaction: the article, its actors and mentions, its events
/// (merged into earlier reports of the same event), the event mentions and the sanctions hits.</summary>
/// <remarks>Not thread-safe: <see cref="SqlEventStore"/> serialises writes. Actor ids learned in a transaction are
/// cached only once it commits, so a rollback cannot leave the cache pointing at rows that do not exist.</remarks>
internal sealed class EventWriter(DbConnection connection)
{
    private readonly Dictionary<string, long> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<long, bool> _generic = [];
    private readonly Dictionary<string, (long Id, bool Generic)> _pending = new(StringComparer.Ordinal);

    public void Committed()
    {
        foreach (var (key, (id, generic)) in _pending)
        {
            _actors[key] = id;
            _generic[id] = generic;
        }
        _pending.Clear();
    }

    public void RolledBack() => _pending.Clear();

    public SaveResult Save(StoredArticle a, DbTransaction tx)
    {
        _pending.Clear();
        var now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var articleId = connection.ExecuteScalar<long?>(
            """
            INSERT INTO articles (content_hash, external_id, source, outlet, url, title, published, format, ingested_at, text, event_count)
            VALUES (@ContentHash, @Id, @Source, @Outlet, @Url, @Title, @Published, @Format, @Now, @Text, @EventCount)
            ON CONFLICT (content_hash) DO NOTHING RETURNING id
            """,
            new
            {
                a.ContentHash,
                a.Article.Id,
                a.Article.Source,
                a.Outlet,
                a.Article.Url,
                a.Article.Title,
                Published = a.Article.Published is { } p ? EventFilter.Iso(p) : null,
                a.Article.Format,
                Now = now,
                a.Article.Text,
                EventCount = a.Events.Count,
            }, tx);
        if (articleId is not { } article)
        {
            return SaveResult.Unchanged;
        }
        foreach (var actor in a.Actors)
        {
            var actorId = ActorId(actor.Key, actor.Name, actor.Type, actor.Country, actor.Sector, actor.Code, tx);
            foreach (var m in actor.Mentions)
            {
                connection.Execute(
                    "INSERT INTO actor_mentions (article_id, actor_id, entity_id, text, start_offset, end_offset) VALUES (@article, @actorId, @EntityId, @Text, @Start, @End)",
                    new { article, actorId, actor.EntityId, m.Text, m.Start, m.End }, tx);
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
            connection.Execute(
                """
                INSERT INTO sanctions_hits (article_id, actor_id, entity_id, entity_name, list, list_version, entry_id, entry_name, programs, score, status, reasons)
                VALUES (@article, @actorId, @EntityId, @EntityName, @List, @ListVersion, @EntryId, @EntryName, @Programs, @Score, @Status, @Reasons)
                """,
                new
                {
                    article,
                    actorId,
                    h.EntityId,
                    h.EntityName,
                    h.List,
                    h.ListVersion,
                    h.EntryId,
                    h.EntryName,
                    Programs = string.Join("; ", h.Programs),
                    h.Score,
                    h.Status,
                    Reasons = string.Join("; ", h.Reasons),
                }, tx);
        }
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
            eventId = connection.ExecuteScalar<long>(
                """
                INSERT INTO events (date, date_end, date_precision, cameo, root, cameo_name, quad_class, goldstein, plover, plover_mode, contexts,
                    source_actor_id, source_code, source_country, source_name, target_actor_id, target_code, target_country, target_name,
                    place_name, place_country, lat, lon, modality, negated, confidence, sanctioned, num_mentions, num_sources, num_articles,
                    first_article_id, dedup_key, added)
                VALUES (@Date, @DateEnd, @DatePrecision, @Cameo, @Root, @CameoName, @Quad, @Goldstein, @Plover, @PloverMode, @Contexts,
                    @sourceId, @SourceCode, @SourceCountry, @SourceName, @targetId, @TargetCode, @TargetCountry, @TargetName,
                    @PlaceName, @PlaceCountry, @Lat, @Lon, @Modality, @Negated, @Confidence, @Sanctioned, 1, 1, 1,
                    @article, @key, @now)
                RETURNING id
                """,
                new
                {
                    Date = e.Date is { } d ? EventFilter.Iso(d) : null,
                    DateEnd = e.DateEnd is { } de ? EventFilter.Iso(de) : null,
                    e.DatePrecision,
                    Cameo = e.Cameo.Code,
                    Root = e.Cameo.Root,
                    CameoName = e.Cameo.Name,
                    e.Cameo.Quad,
                    e.Cameo.Goldstein,
                    e.Cameo.Plover,
                    e.Cameo.PloverMode,
                    Contexts = string.Join(",", e.Contexts),
                    sourceId,
                    SourceCode = e.Source?.Code,
                    SourceCountry = e.Source?.Country,
                    SourceName = e.Source?.Name,
                    targetId,
                    TargetCode = e.Target?.Code,
                    TargetCountry = e.Target?.Country,
                    TargetName = e.Target?.Name,
                    PlaceName = e.Place?.Name,
                    PlaceCountry = e.Place?.Country,
                    e.Place?.Lat,
                    e.Place?.Lon,
                    e.Modality,
                    Negated = e.Negated ? 1 : 0,
                    e.Confidence,
                    Sanctioned = e.Sanctioned ? 1 : 0,
                    article,
                    key,
                    now,
                }, tx);
            InsertMention(eventId.Value, article, a, e, tx);
            return;
        }
        // Another report of a stored event: count it; articles and outlets count once each.
        var seenArticle = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM mentions WHERE event_id = @eventId AND article_id = @article",
            new { eventId, article }, tx) > 0;
        var seenOutlet = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM mentions WHERE event_id = @eventId AND outlet = @Outlet",
            new { eventId, a.Outlet }, tx) > 0;
        InsertMention(eventId.Value, article, a, e, tx);
        connection.Execute(
            """
            UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + @newArticle, num_sources = num_sources + @newOutlet,
                sanctioned = CASE WHEN @Sanctioned = 1 THEN 1 ELSE sanctioned END,
                confidence = CASE WHEN @Confidence > confidence THEN @Confidence ELSE confidence END
            WHERE id = @eventId
            """,
            new { eventId, newArticle = seenArticle ? 0 : 1, newOutlet = seenOutlet ? 0 : 1, Sanctioned = e.Sanctioned ? 1 : 0, e.Confidence }, tx);
    }

    private void InsertMention(long eventId, long article, StoredArticle a, StoredEvent e, DbTransaction tx)
    {
        connection.Execute(
            """
            INSERT INTO mentions (event_id, article_id, outlet, local_event_id, sentence_index, sentence_start, sentence_end, sentence,
                trigger_text, trigger_start, trigger_end, source_text, source_start, target_text, target_start, pattern, date_basis, confidence)
            VALUES (@eventId, @article, @Outlet, @LocalId, @SentenceIndex, @SentenceStart, @SentenceEnd, @Sentence,
                @TriggerText, @TriggerStart, @TriggerEnd, @SourceText, @SourceStart, @TargetText, @TargetStart, @Pattern, @DateBasis, @Confidence)
            """,
            new
            {
                eventId,
                article,
                a.Outlet,
                e.LocalId,
                e.SentenceIndex,
                SentenceStart = e.Sentence.Start,
                SentenceEnd = e.Sentence.End,
                Sentence = a.Article.Text[e.Sentence.Start..e.Sentence.End],
                TriggerText = a.Article.Text[e.Trigger.Start..e.Trigger.End],
                TriggerStart = e.Trigger.Start,
                TriggerEnd = e.Trigger.End,
                SourceText = e.Source?.Text,
                SourceStart = e.Source?.Start,
                TargetText = e.Target?.Text,
                TargetStart = e.Target?.Start,
                e.Pattern,
                e.DateBasis,
                e.Confidence,
            }, tx);
    }

    /// <summary>The stored event this report is another report of, if any (see <see cref="EventIdentity"/>).</summary>
    private long? FindSame(StoredEvent e, string key, long? sourceId, long? targetId, long article, DbTransaction tx)
    {
        IEnumerable<EventIdentity> candidates;
        if (e.Date is { } start)
        {
            var end = e.DateEnd ?? start;
            candidates = connection.Query<EventIdentity>(
                """
                SELECT id, cameo, date, date_end, place_name, place_country, source_actor_id, target_actor_id FROM events
                WHERE dedup_key = @key AND date >= @lo AND date <= @hi
                """,
                new { key, lo = EventFilter.Iso(start.AddDays(-EventIdentity.RangeLookback)), hi = EventFilter.Iso(end.AddDays(EventIdentity.SlackDays)) }, tx);
        }
        else
        {
            // Undated events only merge within their own article: nothing says two undated reports are the same day.
            candidates = connection.Query<EventIdentity>(
                """
                SELECT id, cameo, date, date_end, place_name, place_country, source_actor_id, target_actor_id FROM events
                WHERE dedup_key = @key AND date IS NULL AND first_article_id = @article
                """,
                new { key, article }, tx);
        }
        return candidates.FirstOrDefault(c => c.SameAs(e, sourceId, targetId, IsGeneric))?.Id;
    }

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
        var inserted = connection.ExecuteScalar<long?>(
            "INSERT INTO actors (actor_key, name, type, country, sector, code) VALUES (@key, @name, @type, @country, @sector, @code) ON CONFLICT (actor_key) DO NOTHING RETURNING id",
            new { key, name, type, country, sector, code }, tx);
        var (id, storedType) = inserted is { } newId ? (newId, type)
            : connection.QuerySingle<(long, string)>("SELECT id, type FROM actors WHERE actor_key = @key", new { key }, tx);
        _pending[key] = (id, EventIdentity.IsGenericType(storedType));
        return id;
    }
}
