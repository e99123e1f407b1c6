using Entente.Knowledge;
using Entente.Storage;
using Entente.Storage.Query;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>GET /api/actors and /api/actors/{id}: stored actors and their profiles.</summary>
internal static class ActorsApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/actors", (IEventStore store, string? search, string? country, [AsParameters] PageParams page) =>
        {
            var (limit, offset) = page.Parsed();
            var rows = store.Actors(Parse.Text(search, "search"), Parse.Code(country, "country"), limit + 1, offset);
            return Slice<ActorRow>.Of(rows, limit, offset);
        }).WithSummary("Actors whose name or code contains the search, most active first");

        api.MapGet("/actors/{id:long}", IResult (IEventStore store, PersonIndex people, long id) =>
        {
            if (store.Actor(id) is not { } actor)
            {
                return TypedResults.NotFound(new ErrorBody($"no actor {id}"));
            }
            var person = people.Find(actor.ActorKey) is { } p ? PersonProfile.From(p) : null;
            var events = store.Events(new EventQuery { ActorId = id, IncludeUnclaimed = true, Limit = 500 });
            return TypedResults.Ok(new ActorProfile(actor, person, events, store.Hits(actorId: id)));
        }).Produces<ActorProfile>().Produces<ErrorBody>(StatusCodes.Status404NotFound)
            .WithSummary("One actor: the store row, offices over time when it is a known person, its events and sanctions hits");
    }
}

/// <summary>An actor's page.</summary>
/// <param name="Actor">The store row.</param>
/// <param name="Person">What the knowledge base says of a known person (null otherwise).</param>
/// <param name="Events">Its events (up to 500, newest first, all modalities).</param>
/// <param name="Hits">Its sanctions hits with reasons.</param>
public sealed record ActorProfile(ActorRow Actor, PersonProfile? Person, IReadOnlyList<EventRow> Events, IReadOnlyList<HitRow> Hits);

/// <summary>A known person from the knowledge base.</summary>
/// <param name="Id">Knowledge-base id.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Country">Nationality.</param>
/// <param name="Born">Birth year.</param>
/// <param name="Died">Death year.</param>
/// <param name="Aliases">Other names.</param>
/// <param name="Offices">Tenures, earliest first.</param>
public sealed record PersonProfile(string Id, string Name, string? Country, int? Born, int? Died, IReadOnlyList<string> Aliases,
    IReadOnlyList<OfficeRow> Offices)
{
    internal static PersonProfile From(Person p) => new(p.Id, p.Name, p.Country, p.Born, p.Died, [.. p.Aliases.Concat(p.Short)],
        [.. p.Offices.Select(o => new OfficeRow(o.Role, o.Country, o.Sector, o.Start.ToString("yyyy-MM-dd"), o.End?.ToString("yyyy-MM-dd")))]);
}

/// <summary>One tenure.</summary>
/// <param name="Role">The office.</param>
/// <param name="Country">Country of the office.</param>
/// <param name="Sector">GOV, MIL, LEG, …</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day, or null when still in office.</param>
public sealed record OfficeRow(string Role, string? Country, string Sector, string Start, string? End);
