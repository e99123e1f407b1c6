using System.Data.Common;
using Dapper;
using Entente.Storage.Query;

namespace Entente.Storage;

public sealed partial class SqlEventStore
{
    private const string EventColumns = "e.*";

    // The first report's sentence and URL travel with an event row: every list of events shows its evidence.
    private const string FirstMention =
        "(SELECT m.sentence FROM mentions m WHERE m.event_id = e.id ORDER BY m.id LIMIT 1) AS sentence, " +
        "(SELECT COALESCE(a.url, a.source) FROM articles a WHERE a.id = e.first_article_id) AS source_url, " +
        "(SELECT m.sentence_index FROM mentions m WHERE m.event_id = e.id ORDER BY m.id LIMIT 1) AS first_sentence_index";

    public IReadOnlyList<EventRow> Events(EventQuery query)
    {
        using var c = _open();
        var f = Filter(c, query);
        f.Parameters.Add("limit", Math.Clamp(query.Limit, 1, 10_000));
        f.Parameters.Add("offset", Math.Max(0, query.Offset));
        return c.Query<EventRow>($"SELECT {EventColumns}, {FirstMention} FROM events e{f.Where}{EventFilter.OrderBy(query.Sort)} LIMIT @limit OFFSET @offset",
            f.Parameters).AsList();
    }

    public long CountEvents(EventQuery query, long atMost = long.MaxValue)
    {
        using var c = _open();
        var f = Filter(c, query);
        if (atMost == long.MaxValue)
        {
            return c.ExecuteScalar<long>($"SELECT COUNT(*) FROM events e{f.Where}", f.Parameters);
        }
        f.Parameters.Add("atMost", atMost);
        return c.ExecuteScalar<long>($"SELECT COUNT(*) FROM (SELECT 1 FROM events e{f.Where} LIMIT @atMost) counted", f.Parameters);
    }

    public EventRow? Event(long id)
    {
        using var c = _open();
        return c.QuerySingleOrDefault<EventRow>($"SELECT {EventColumns}, {FirstMention} FROM events e WHERE e.id = @id", new { id });
    }

    public IReadOnlyList<MentionRow> Mentions(long eventId)
    {
        using var c = _open();
        return c.Query<MentionRow>(MentionSql + " WHERE m.event_id = @eventId ORDER BY m.id", new { eventId }).AsList();
    }

    public IEnumerable<MentionRow> MentionsOf(EventQuery query)
    {
        using var c = _open();
        var f = Filter(c, query);
        foreach (var row in c.Query<MentionRow>($"{MentionSql} WHERE m.event_id IN (SELECT e.id FROM events e{f.Where}) ORDER BY m.event_id, m.id",
                     f.Parameters, buffered: false))
        {
            yield return row;
        }
    }

    public IEnumerable<EventRow> StreamEvents(EventQuery query)
    {
        using var c = _open();
        var f = Filter(c, query);
        foreach (var row in c.Query<EventRow>($"SELECT {EventColumns}, {FirstMention} FROM events e{f.Where} ORDER BY e.id", f.Parameters, buffered: false))
        {
            yield return row;
        }
    }

    private const string MentionSql =
        "SELECT m.*, a.title AS article_title, a.url AS article_url, a.source AS article_source, a.published, LENGTH(a.text) AS article_length " +
        "FROM mentions m JOIN articles a ON a.id = m.article_id";

    private const string ActorStats =
        "(SELECT COUNT(*) FROM events e WHERE e.source_actor_id = x.id OR e.target_actor_id = x.id) AS events, " +
        "(SELECT COUNT(DISTINCT am.article_id) FROM actor_mentions am WHERE am.actor_id = x.id) AS articles, " +
        "CASE WHEN EXISTS (SELECT 1 FROM sanctions_hits h WHERE h.actor_id = x.id AND h.status = 'match') THEN 1 ELSE 0 END AS sanctioned";

    public IReadOnlyList<ActorRow> Actors(string? search, string? country, int limit, int offset)
    {
        using var c = _open();
        var where = new List<string>();
        var p = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(search))
        {
            where.Add($"(x.name {Dialect.ILike} @search ESCAPE '\\' OR x.code = @code OR x.actor_key = @key)");
            p.Add("search", "%" + EventFilter.Escape(search.Trim()) + "%");
            p.Add("code", search.Trim().ToUpperInvariant());
            p.Add("key", search.Trim());
        }
        if (!string.IsNullOrWhiteSpace(country))
        {
            where.Add("x.country = @country");
            p.Add("country", country.Trim().ToUpperInvariant());
        }
        p.Add("limit", Math.Clamp(limit, 1, 10_000));
        p.Add("offset", Math.Max(0, offset));
        var clause = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        return c.Query<ActorRow>($"SELECT * FROM (SELECT x.*, {ActorStats} FROM actors x{clause}) t ORDER BY events DESC, name LIMIT @limit OFFSET @offset", p).AsList();
    }

    public ActorRow? Actor(long id)
    {
        using var c = _open();
        return c.QuerySingleOrDefault<ActorRow>($"SELECT x.*, {ActorStats} FROM actors x WHERE x.id = @id", new { id });
    }

    public IReadOnlyList<ArticleRow> Articles(string? search, int limit, int offset)
    {
        using var c = _open();
        var p = new DynamicParameters();
        p.Add("limit", Math.Clamp(limit, 1, 10_000));
        p.Add("offset", Math.Max(0, offset));
        var where = "";
        if (!string.IsNullOrWhiteSpace(search))
        {
            where = $" WHERE (title {Dialect.ILike} @search ESCAPE '\\' OR outlet {Dialect.ILike} @search ESCAPE '\\' OR external_id = @id)";
            p.Add("search", "%" + EventFilter.Escape(search.Trim()) + "%");
            p.Add("id", search.Trim());
        }
        return c.Query<ArticleRow>(
            $"SELECT id, external_id, source, outlet, url, title, published, format, ingested_at, event_count, content_hash FROM articles{where} " +
            "ORDER BY published DESC, id DESC LIMIT @limit OFFSET @offset", p).AsList();
    }

    public ArticleRow? Article(long id)
    {
        using var c = _open();
        return c.QuerySingleOrDefault<ArticleRow>("SELECT * FROM articles WHERE id = @id", new { id });
    }

    public IReadOnlyList<ActorMentionRow> ActorMentions(long articleId)
    {
        using var c = _open();
        return c.Query<ActorMentionRow>(
            "SELECT am.*, x.name, x.type, x.country FROM actor_mentions am JOIN actors x ON x.id = am.actor_id WHERE am.article_id = @articleId ORDER BY am.start_offset",
            new { articleId }).AsList();
    }

    public IReadOnlyList<HitRow> Hits(long? actorId = null, long? articleId = null)
    {
        using var c = _open();
        return c.Query<HitRow>(
            "SELECT * FROM sanctions_hits WHERE (@actorId IS NULL OR actor_id = @actorId) AND (@articleId IS NULL OR article_id = @articleId) ORDER BY score DESC, id",
            new { actorId, articleId }).AsList();
    }

    public IReadOnlyList<CountRow> CountsByMonth(EventQuery query)
    {
        using var c = _open();
        var f = Filter(c, query);
        var where = f.Where.Length == 0 ? " WHERE e.date IS NOT NULL" : f.Where + " AND e.date IS NOT NULL";
        return c.Query<CountRow>(
            $"SELECT SUBSTR(e.date, 1, 7) AS key, e.quad_class, COUNT(*) AS count, AVG(e.goldstein) AS mean_goldstein FROM events e{where} " +
            "GROUP BY SUBSTR(e.date, 1, 7), e.quad_class ORDER BY key, e.quad_class", f.Parameters).AsList();
    }

    public IReadOnlyList<CountRow> CountsByQuad(EventQuery query)
    {
        using var c = _open();
        var f = Filter(c, query);
        return c.Query<CountRow>(
            $"SELECT CAST(e.quad_class AS TEXT) AS key, e.quad_class, COUNT(*) AS count, AVG(e.goldstein) AS mean_goldstein FROM events e{f.Where} " +
            "GROUP BY e.quad_class ORDER BY e.quad_class", f.Parameters).AsList();
    }

    public IReadOnlyList<CountRow> TopDyads(EventQuery query, int limit)
    {
        using var c = _open();
        var f = Filter(c, query);
        f.Parameters.Add("limit", Math.Clamp(limit, 1, 1000));
        return c.Query<CountRow>(
            $"SELECT COALESCE(e.source_country, '-') || '>' || COALESCE(e.target_country, '-') AS key, 0 AS quad_class, COUNT(*) AS count, " +
            $"AVG(e.goldstein) AS mean_goldstein FROM events e{f.Where} GROUP BY COALESCE(e.source_country, '-') || '>' || COALESCE(e.target_country, '-') " +
            "ORDER BY count DESC, key LIMIT @limit", f.Parameters).AsList();
    }

    public IReadOnlyList<NetworkEdge> Network(EventQuery query, int limit)
    {
        using var c = _open();
        var f = Filter(c, query);
        var where = (f.Where.Length == 0 ? " WHERE " : f.Where + " AND ") + "e.source_actor_id IS NOT NULL AND e.target_actor_id IS NOT NULL AND e.source_actor_id <> e.target_actor_id";
        f.Parameters.Add("limit", Math.Clamp(limit, 1, 100_000));
        return c.Query<NetworkEdge>(
            $"""
            SELECT g.source_id, s.name AS source_name, s.country AS source_country, g.target_id, t.name AS target_name, t.country AS target_country,
                   g.count, g.mean_goldstein, g.quad_class, g.sanctioned
            FROM (SELECT e.source_actor_id AS source_id, e.target_actor_id AS target_id, COUNT(*) AS count, AVG(e.goldstein) AS mean_goldstein,
                         MAX(e.quad_class) AS quad_class, MAX(e.sanctioned) AS sanctioned
                  FROM events e{where} GROUP BY e.source_actor_id, e.target_actor_id) g
            JOIN actors s ON s.id = g.source_id JOIN actors t ON t.id = g.target_id
            ORDER BY g.count DESC, g.source_id, g.target_id LIMIT @limit
            """, f.Parameters).AsList();
    }

    public StoreTotals Totals()
    {
        using var c = _open();
        return new StoreTotals(
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM articles"),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM events"),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM mentions"),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM actors"),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM sanctions_hits"),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM ingest_errors"));
    }

    /// <summary>Above this many matches a value is common: one in a few hundred of the newest events has it.</summary>
    private const int Common = 2000;

    private EventFilter Filter(DbConnection c, EventQuery query) =>
        EventFilter.Build(query, Dialect, new FilterLookups(
            search => c.Query<long>(
                $"SELECT id FROM actors WHERE name {Dialect.ILike} @like ESCAPE '\\' OR code = @code OR actor_key = @search LIMIT 500",
                new { like = "%" + EventFilter.Escape(search) + "%", code = search.ToUpperInvariant(), search }).AsList(),
            ids => Dialect.Engine == "sqlite"
                && c.ExecuteScalar<long>($"SELECT COUNT(*) FROM (SELECT 1 FROM events WHERE source_actor_id IN @ids LIMIT {Common})", new { ids })
                 + c.ExecuteScalar<long>($"SELECT COUNT(*) FROM (SELECT 1 FROM events WHERE target_actor_id IN @ids LIMIT {Common})", new { ids }) >= Common,
            words => Dialect.Engine == "sqlite"
                && c.ExecuteScalar<long>($"SELECT COUNT(*) FROM (SELECT rowid FROM mention_fts WHERE mention_fts MATCH @words LIMIT {Common})", new { words }) >= Common));
}
