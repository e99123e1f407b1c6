using Entente.Storage;
using Entente.Storage.Query;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>GET /api/events and /api/events/{id}: stored events with their evidence.</summary>
internal static class EventsApi
{
    /// <summary>Events counted at most for a page's total.</summary>
    public const long CountLimit = 10_000;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/events", (IEventStore store, [AsParameters] EventParams filter, [AsParameters] PageParams page, string? sort) =>
        {
            var (limit, offset) = page.Parsed();
            var query = filter.ToQuery() with { Limit = limit, Offset = offset, Sort = Sort(sort) };
            // Count one page beyond what the caller could page to, capped: exact totals of a million rows cost a full scan.
            var total = store.CountEvents(query, CountLimit + 1);
            return new Page<EventRow>(store.Events(query), Math.Min(total, CountLimit), limit, offset) { TotalIsLowerBound = total > CountLimit };
        }).WithSummary("Events matching the filters of `entente events`, sorted (date, oldest, mentions, goldstein) and paged");

        api.MapGet("/events/{id:long}", IResult (IEventStore store, long id) =>
            store.Event(id) is { } evt ? TypedResults.Ok(new EventDetail(evt, store.Mentions(id)))
            : TypedResults.NotFound(new ErrorBody($"no event {id}")))
            .Produces<EventDetail>().Produces<ErrorBody>(StatusCodes.Status404NotFound)
            .WithSummary("One event with every report of it (article, sentence, trigger offsets)");
    }

    public static EventSort Sort(string? sort) => sort?.Trim().ToLowerInvariant() switch
    {
        null or "" or "date" => EventSort.DateDescending,
        "oldest" => EventSort.DateAscending,
        "mentions" => EventSort.Mentions,
        "goldstein" => EventSort.Goldstein,
        _ => throw new ApiError($"sort '{sort}' is not one of date, oldest, mentions, goldstein"),
    };
}

/// <summary>An event and its reports.</summary>
/// <param name="Event">The de-duplicated event.</param>
/// <param name="Mentions">Every report of it: the evidence sentences.</param>
public sealed record EventDetail(EventRow Event, IReadOnlyList<MentionRow> Mentions);
