using Entente.Storage;
using Entente.Storage.Query;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>GET /api/network: actors as nodes, directed edges with counts; GET /api/network/edge: the events behind one edge.</summary>
internal static class NetworkApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/network", (IEventStore store, [AsParameters] EventParams filter, string? limit) =>
        {
            var query = filter.ToQuery();
            var edges = store.Network(query, Parse.Int(limit, "limit", 300, 1, 5000));
            var nodes = edges.SelectMany(e => new[] { e.SourceId, e.TargetId }).Distinct()
                .Select(id => store.Actor(id)).OfType<ActorRow>()
                .Select(a => new NetworkNode(a.Id, a.Name, a.Type, a.Country, a.Code, a.Events, a.Sanctioned))
                .ToList();
            return new Network(nodes, edges);
        }).WithSummary("The actor network: nodes (sanctioned flag) and directed edges with counts, mean Goldstein and quad class");

        api.MapGet("/network/edge", (IEventStore store, [AsParameters] EventParams filter,
            [FromQuery(Name = "source_id")] string? sourceId, [FromQuery(Name = "target_id")] string? targetId) =>
        {
            var from = Id(sourceId, "source_id");
            var to = Id(targetId, "target_id");
            var rows = store.Events(filter.ToQuery() with { ActorId = from, Limit = 10_000 })
                .Where(e => e.SourceActorId == from && e.TargetActorId == to)
                .ToList();
            return rows;
        }).WithSummary("The events from one actor (source_id) to another (target_id), with their evidence sentences");
    }

    private static long Id(string? value, string name) =>
        long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id
        : throw new ApiError($"{name} '{value}' is not an actor id");
}

/// <summary>A node of the network.</summary>
/// <param name="Id">Store actor id.</param>
/// <param name="Name">Name.</param>
/// <param name="Type">PERSON, ORG, GPE, …</param>
/// <param name="Country">Country.</param>
/// <param name="Code">Actor code.</param>
/// <param name="Events">Events it takes part in (all of the store).</param>
/// <param name="Sanctioned">A confirmed sanctions match.</param>
public sealed record NetworkNode(long Id, string Name, string Type, string? Country, string? Code, int Events, bool Sanctioned);

/// <summary>Nodes and edges.</summary>
/// <param name="Nodes">Actors on at least one edge.</param>
/// <param name="Edges">Directed edges.</param>
public sealed record Network(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges);
