using Entente.Storage.Query;

using Microsoft.AspNetCore.Mvc;

namespace Entente.Web.Api;

/// <summary>The filters of <c>entente events</c>, as query parameters; strings so that a bad value gets our 400 message.</summary>
public sealed class EventParams
{
    /// <summary>An actor on either side: part of a name or an actor code.</summary>
    [FromQuery(Name = "actor")]
    public string? Actor { get; init; }

    /// <summary>A country on either side (ISO alpha-3).</summary>
    [FromQuery(Name = "country")]
    public string? Country { get; init; }

    /// <summary>Source country.</summary>
    [FromQuery(Name = "source")]
    public string? Source { get; init; }

    /// <summary>Target country.</summary>
    [FromQuery(Name = "target")]
    public string? Target { get; init; }

    /// <summary>Two countries in either direction, e.g. VEN-PRK.</summary>
    [FromQuery(Name = "pair")]
    public string? Pair { get; init; }

    /// <summary>CAMEO root (04) or code (042 and its sub-codes).</summary>
    [FromQuery(Name = "cameo")]
    public string? Cameo { get; init; }

    /// <summary>PLOVER event type.</summary>
    [FromQuery(Name = "plover")]
    public string? Plover { get; init; }

    /// <summary>Quad class 1–4.</summary>
    [FromQuery(Name = "quad")]
    public string? Quad { get; init; }

    /// <summary>Events on or after this day (YYYY-MM-DD).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Events on or before this day.</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>Only events with a confirmed sanctioned party.</summary>
    [FromQuery(Name = "sanctioned")]
    public string? Sanctioned { get; init; }

    /// <summary>Words the reporting sentence contains.</summary>
    [FromQuery(Name = "text")]
    public string? Text { get; init; }

    /// <summary>Also negated, intended and hypothetical events.</summary>
    [FromQuery(Name = "all")]
    public string? All { get; init; }

    /// <summary>The query these parameters describe; throws <see cref="ApiError"/> on a bad value.</summary>
    internal EventQuery ToQuery()
    {
        (string, string)? pair = null;
        if (!string.IsNullOrWhiteSpace(Pair))
        {
            pair = Pair.Split('-') is [{ Length: > 0 } a, { Length: > 0 } b]
                ? (Parse.Code(a, "pair")!, Parse.Code(b, "pair")!)
                : throw new ApiError($"pair '{Pair}' is not two codes joined by a dash, e.g. VEN-PRK");
        }
        var cameo = Parse.Text(Cameo, "cameo");
        if (cameo is not null && (cameo.Length is < 2 or > 4 || !cameo.All(char.IsAsciiDigit)))
        {
            throw new ApiError($"cameo '{cameo}' is not a CAMEO code (2 to 4 digits)");
        }
        var plover = Parse.Text(Plover, "plover", 40);
        if (plover is not null && !plover.All(c => char.IsAsciiLetter(c) || c == '_'))
        {
            throw new ApiError($"plover '{plover}' is not a PLOVER event type (e.g. CONSULT)");
        }
        var from = Parse.Day(From, "from");
        var to = Parse.Day(To, "to");
        if (from > to)
        {
            throw new ApiError($"from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}");
        }
        return new EventQuery
        {
            Actor = Parse.Text(Actor, "actor"),
            Country = Parse.Code(Country, "country"),
            SourceCountry = Parse.Code(Source, "source"),
            TargetCountry = Parse.Code(Target, "target"),
            Pair = pair,
            Cameo = cameo,
            Plover = plover,
            Quad = string.IsNullOrWhiteSpace(Quad) ? null : Parse.Int(Quad, "quad", 0, 1, 4),
            From = from,
            To = to,
            SanctionedOnly = Parse.Flag(Sanctioned, "sanctioned"),
            Text = Parse.Text(Text, "text"),
            IncludeUnclaimed = Parse.Flag(All, "all"),
        };
    }
}
