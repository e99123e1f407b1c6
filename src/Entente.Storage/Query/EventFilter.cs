using System.Globalization;
using System.Text;
using Dapper;
using Entente.Storage.Engines;

namespace Entente.Storage.Query;

/// <summary>Turns an <see cref="EventQuery"/> into a parameterised WHERE clause over <c>events e</c>.</summary>
/// <remarks>Values only ever travel as parameters; the SQL text is built from fixed fragments.</remarks>
internal sealed class EventFilter
{
    private readonly StringBuilder _where = new();

    private EventFilter(DynamicParameters parameters) => Parameters = parameters;

    public DynamicParameters Parameters { get; }

    public string Where => _where.Length == 0 ? "" : " WHERE " + _where;

    /// <summary>Builds the clause; <paramref name="lookups"/> resolves an actor search to store ids and says which values are common.</summary>
    public static EventFilter Build(EventQuery q, SqlDialect dialect, FilterLookups lookups)
    {
        var f = new EventFilter(new DynamicParameters());
        if (!q.IncludeUnclaimed)
        {
            f.And("e.negated = 0 AND e.modality IN ('asserted', 'reported', 'historical')");
        }
        if (q.ActorId is { } actorId)
        {
            f.And("(e.source_actor_id = @actorId OR e.target_actor_id = @actorId)", "actorId", actorId);
        }
        if (!string.IsNullOrWhiteSpace(q.Actor))
        {
            var ids = lookups.ActorIds(q.Actor.Trim());
            if (ids.Count == 0)
            {
                f.And("1 = 0");
            }
            else
            {
                f.Parameters.Add("actorIds", ids.ToArray());
                f.And(dialect.Engine == "postgres" ? "(e.source_actor_id = ANY(@actorIds) OR e.target_actor_id = ANY(@actorIds))"
                    // An actor in many events: walk the date index and filter; a rare one: collect its events from the indexes.
                    : lookups.ManyEventsOf(ids) ? $"({dialect.Unindexed("e.source_actor_id")} IN @actorIds OR {dialect.Unindexed("e.target_actor_id")} IN @actorIds)"
                    : "(e.source_actor_id IN @actorIds OR e.target_actor_id IN @actorIds)");
            }
        }
        if (Code(q.Country) is { } country)
        {
            f.And($"({dialect.Unindexed("e.source_country")} = @country OR {dialect.Unindexed("e.target_country")} = @country)", "country", country);
        }
        if (Code(q.SourceCountry) is { } sc)
        {
            f.And("e.source_country = @sourceCountry", "sourceCountry", sc);
        }
        if (Code(q.TargetCountry) is { } tc)
        {
            f.And("e.target_country = @targetCountry", "targetCountry", tc);
        }
        if (q.Pair is { } pair)
        {
            f.Parameters.Add("pairA", Code(pair.A));
            f.Parameters.Add("pairB", Code(pair.B));
            f.And("((e.source_country = @pairA AND e.target_country = @pairB) OR (e.source_country = @pairB AND e.target_country = @pairA))");
        }
        if (!string.IsNullOrWhiteSpace(q.Cameo))
        {
            var code = q.Cameo.Trim();
            if (code.Length <= 2)
            {
                f.And("e.root = @root", "root", code.PadLeft(2, '0'));
            }
            else
            {
                f.And("(e.cameo = @cameo OR e.cameo LIKE @cameoPrefix)", "cameo", code);
                f.Parameters.Add("cameoPrefix", code + "%");
            }
        }
        if (!string.IsNullOrWhiteSpace(q.Plover))
        {
            f.And("e.plover = @plover", "plover", q.Plover.Trim().ToUpperInvariant());
        }
        if (q.Quad is { } quad)
        {
            f.And("e.quad_class = @quad", "quad", quad);
        }
        if (q.From is { } from)
        {
            f.And("e.date >= @from", "from", Iso(from));
        }
        if (q.To is { } to)
        {
            f.And("e.date <= @to", "to", Iso(to));
        }
        if (q.SanctionedOnly)
        {
            f.And("e.sanctioned = 1");
        }
        if (q.ArticleId is { } articleId)
        {
            f.And("e.id IN (SELECT m.event_id FROM mentions m WHERE m.article_id = @articleId)", "articleId", articleId);
        }
        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            if (dialect.WordQuery(q.Text) is { } words)
            {
                // Common words: walk the date index and look each event's sentences up in the word index; rare words: the
                // word index first. (Collecting a hundred thousand matches only to keep the newest hundred is the slow way.)
                if (dialect.Engine == "sqlite" && lookups.ManySentencesWith(words))
                {
                    // A LIKE per ASCII word rejects most sentences cheaply; the word index confirms whole words.
                    var ascii = q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Where(w => w.All(char.IsAsciiLetterOrDigit)).ToList();
                    var likes = string.Concat(ascii.Select((w, i) => $" AND m.sentence LIKE @like{i}"));
                    for (var i = 0; i < ascii.Count; i++)
                    {
                        f.Parameters.Add("like" + i, "%" + ascii[i] + "%");
                    }
                    // CROSS JOIN fixes SQLite's join order: the event's few mentions first, the word index only to confirm them.
                    f.And($"EXISTS (SELECT 1 FROM mentions m CROSS JOIN mention_fts WHERE m.event_id = e.id{likes} AND mention_fts.rowid = m.id AND mention_fts MATCH @text)",
                        "text", words);
                }
                else
                {
                    f.And($"e.id IN (SELECT m.event_id FROM mentions m WHERE {dialect.SentenceHasWords("m", "@text")})", "text", words);
                }
            }
            else
            {
                f.And("1 = 0");
            }
        }
        return f;
    }

    public static string OrderBy(EventSort sort) => sort switch
    {
        EventSort.DateAscending => " ORDER BY e.date ASC, e.id ASC",
        EventSort.Mentions => " ORDER BY e.num_mentions DESC, e.date DESC, e.id DESC",
        EventSort.Goldstein => " ORDER BY e.goldstein ASC, e.date DESC, e.id DESC",
        _ => " ORDER BY e.date DESC, e.id DESC",
    };

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void And(string clause, string? name = null, object? value = null)
    {
        if (_where.Length > 0)
        {
            _where.Append(" AND ");
        }
        _where.Append(clause);
        if (name is not null)
        {
            Parameters.Add(name, value);
        }
    }

    private static string? Code(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    // LIKE wildcards typed by a user are literal text: "%" means a percent sign.
    public static string Escape(string s) =>
        s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

/// <summary>What building a filter needs to ask the database: the actors a search names, and whether a value is common
/// enough that walking the events newest-first beats collecting every match.</summary>
/// <param name="ActorIds">Store ids of the actors a search names.</param>
/// <param name="ManyEventsOf">True when these actors are in many events.</param>
/// <param name="ManySentencesWith">True when many evidence sentences contain these words (an engine word query).</param>
internal sealed record FilterLookups(Func<string, IReadOnlyList<long>> ActorIds, Func<IReadOnlyList<long>, bool> ManyEventsOf,
    Func<string, bool> ManySentencesWith);
