using Entente.Sanctions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>GET /api/screen: one name against the sanctions lists, best hits first, with reasons.</summary>
internal static class ScreenApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/screen", IResult (SanctionsScreen screen, string? name, string? country, string? born, string? kind, string? max) =>
        {
            var query = new ScreeningQuery(
                Parse.Text(name, "name") ?? throw new ApiError("give a name to screen (?name=…)"),
                kind?.Trim().ToLowerInvariant() switch
                {
                    null or "" or "unknown" => "unknown",
                    "person" => "PERSON",
                    "org" => "ORG",
                    _ => throw new ApiError($"kind '{kind}' is not person, org or unknown"),
                },
                Parse.Code(country, "country") is { Length: 3 } or null ? Parse.Code(country, "country") : throw new ApiError($"country '{country}' is not an ISO alpha-3 code"),
                string.IsNullOrWhiteSpace(born) ? null : Parse.Int(born, "born", 0, 1800, 2100));
            if (screen.Screener is not { } screener)
            {
                return TypedResults.Json(new ErrorBody("no sanctions lists: import them with `entente lists import PATH...` and restart"),
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            var hits = screener.Screen(query, Parse.Int(max, "max", 5, 1, 50));
            return TypedResults.Ok(hits.Select(h => new ScreenHit(h.Entry.List, h.Entry.EntryId, h.Entry.Name, h.Entry.Programs, h.Score, h.Status, h.Reasons)).ToList());
        }).Produces<List<ScreenHit>>().Produces<ErrorBody>(StatusCodes.Status400BadRequest).Produces<ErrorBody>(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Screen a name (with optional country, birth year and kind as evidence) against the loaded sanctions lists");
    }
}

/// <summary>One list entry a name matches.</summary>
/// <param name="List">The list.</param>
/// <param name="EntryId">Its id on the list.</param>
/// <param name="EntryName">Its name on the list.</param>
/// <param name="Programs">Sanctions programmes.</param>
/// <param name="Score">Similarity 0–1.</param>
/// <param name="Status">match or possible.</param>
/// <param name="Reasons">Why: name, birth year, country evidence.</param>
public sealed record ScreenHit(string List, string EntryId, string EntryName, IReadOnlyList<string> Programs, double Score, string Status,
    IReadOnlyList<string> Reasons);

/// <summary>The screener for GET /api/screen, or none when no lists are loaded.</summary>
/// <param name="Screener">Null without lists.</param>
internal sealed record SanctionsScreen(Screener? Screener);
