namespace Entente.Storage.Query;

/// <summary>Filters, sorting and paging for events; every filter is optional and they combine with AND.</summary>
public sealed record EventQuery
{
    /// <summary>An actor on either side: a name fragment ("Cabello") or an actor code ("VENGOV").</summary>
    public string? Actor { get; init; }

    /// <summary>A store actor id on either side.</summary>
    public long? ActorId { get; init; }

    /// <summary>A country (ISO alpha-3 or IGO code) on either side.</summary>
    public string? Country { get; init; }

    /// <summary>Source country.</summary>
    public string? SourceCountry { get; init; }

    /// <summary>Target country.</summary>
    public string? TargetCountry { get; init; }

    /// <summary>Two countries, in either direction ("VEN-PRK").</summary>
    public (string A, string B)? Pair { get; init; }

    /// <summary>A CAMEO code or prefix: "04" is the root, "042" the code and its children.</summary>
    public string? Cameo { get; init; }

    /// <summary>PLOVER event type (CONSULT, AGREE, …).</summary>
    public string? Plover { get; init; }

    /// <summary>Quad class 1–4.</summary>
    public int? Quad { get; init; }

    /// <summary>Events on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Events on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only events with a confirmed sanctioned party.</summary>
    public bool SanctionedOnly { get; init; }

    /// <summary>Words the reporting sentence contains.</summary>
    public string? Text { get; init; }

    /// <summary>Also return negated, intended and hypothetical events (by default only claims that something happened).</summary>
    public bool IncludeUnclaimed { get; init; }

    /// <summary>Events first reported by this article.</summary>
    public long? ArticleId { get; init; }

    /// <summary>Sort order.</summary>
    public EventSort Sort { get; init; } = EventSort.DateDescending;

    /// <summary>Page size.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Rows to skip.</summary>
    public int Offset { get; init; }
}

/// <summary>How events are ordered.</summary>
public enum EventSort
{
    /// <summary>Newest first.</summary>
    DateDescending,

    /// <summary>Oldest first.</summary>
    DateAscending,

    /// <summary>Most reported first.</summary>
    Mentions,

    /// <summary>Most conflictual first (lowest Goldstein).</summary>
    Goldstein,
}
