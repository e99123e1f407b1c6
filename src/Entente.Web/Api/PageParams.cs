using Microsoft.AspNetCore.Mvc;

namespace Entente.Web.Api;

/// <summary>Paging: <c>limit</c> (1–1000, default 100) and <c>offset</c>.</summary>
public sealed class PageParams
{
    /// <summary>Items per page.</summary>
    [FromQuery(Name = "limit")]
    public string? Limit { get; init; }

    /// <summary>Items to skip.</summary>
    [FromQuery(Name = "offset")]
    public string? Offset { get; init; }

    internal (int Limit, int Offset) Parsed(int fallback = 100) =>
        (Parse.Int(Limit, "limit", fallback, 1, 1000), Parse.Int(Offset, "offset", 0, 0, int.MaxValue));
}

/// <summary>A page of results and how many there are in all.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">This page.</param>
/// <param name="Total">All matches, paging ignored.</param>
/// <param name="Limit">Page size asked for.</param>
/// <param name="Offset">Items skipped.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total, int Limit, int Offset)
{
    /// <summary>True when <see cref="Total"/> is a lower bound: counting stops at <see cref="EventsApi.CountLimit"/>.</summary>
    public bool TotalIsLowerBound { get; init; }
}

/// <summary>A page of results when the total is not counted: <see cref="HasMore"/> says whether another page exists.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">This page.</param>
/// <param name="Limit">Page size asked for.</param>
/// <param name="Offset">Items skipped.</param>
/// <param name="HasMore">True when items follow this page.</param>
public sealed record Slice<T>(IReadOnlyList<T> Items, int Limit, int Offset, bool HasMore)
{
    /// <summary>Makes a slice from up to limit+1 fetched rows.</summary>
    internal static Slice<T> Of(IReadOnlyList<T> fetched, int limit, int offset) =>
        new(fetched.Take(limit).ToList(), limit, offset, fetched.Count > limit);
}
