using System.Globalization;
using Entente.Storage;
using Entente.Storage.Query;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>GET /api/counts: events over time per day, ISO week or month, by quad class.</summary>
internal static class CountsApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/counts", (IEventStore store, [AsParameters] EventParams filter, string? by) =>
        {
            var query = filter.ToQuery();
            var unit = by?.Trim().ToLowerInvariant() ?? "month";
            IReadOnlyList<CountRow> rows = unit switch
            {
                "month" => store.CountsByMonth(query),
                "day" => store.CountsByDay(query),
                "week" => ByWeek(store.CountsByDay(query)),
                _ => throw new ApiError($"by '{by}' is not one of day, week, month"),
            };
            return new Counts(unit, rows);
        }).WithSummary("Event counts per day, week (ISO, key YYYY-Www) or month by quad class");
    }

    // Weeks are summed from days here, so both engines give the same ISO weeks.
    private static List<CountRow> ByWeek(IReadOnlyList<CountRow> days) =>
        [.. days.GroupBy(d => (Week: WeekOf(d.Key), d.QuadClass))
            .Select(g => new CountRow
            {
                Key = g.Key.Week,
                QuadClass = g.Key.QuadClass,
                Count = g.Sum(d => d.Count),
                MeanGoldstein = g.Sum(d => d.MeanGoldstein * d.Count) / Math.Max(1, g.Sum(d => d.Count)),
            })
            .OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.QuadClass)];

    private static string WeekOf(string day)
    {
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}";
    }
}

/// <summary>Counts over time.</summary>
/// <param name="By">day, week or month.</param>
/// <param name="Buckets">One row per period and quad class, in time order.</param>
public sealed record Counts(string By, IReadOnlyList<CountRow> Buckets);
