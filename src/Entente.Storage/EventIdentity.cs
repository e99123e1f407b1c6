namespace Entente.Storage;

using Entente.Storage.Model;

/// <summary>What decides that two reports describe the same event (beyond the shared dyad, root and polarity of the
/// dedup key): compatible CAMEO codes, overlapping dates, the same place when both name one, and the same actors
/// unless one side is generic ("Venezuela" and "Maduro" may be one signing; "Maduro" and "Cabello" are two).</summary>
internal sealed class EventIdentity
{
    /// <summary>Days of slack on either side of a date: outlets in other time zones and "late on Tuesday" reports.</summary>
    public const int SlackDays = 1;

    /// <summary>How far back a stored range may start and still overlap.</summary>
    public const int RangeLookback = 7;

    public long Id { get; init; }
    public string Cameo { get; init; } = "";
    public string? Date { get; init; }
    public string? DateEnd { get; init; }
    public string? PlaceName { get; init; }
    public string? PlaceCountry { get; init; }
    public long? SourceActorId { get; init; }
    public long? TargetActorId { get; init; }

    /// <summary>States, nationalities and agent phrases stand for any of their members.</summary>
    public static bool IsGenericType(string type) => type is "GPE" or "COUNTRY" or "STATE" or "NORP" or "AGENT" or "LOC" or "GROUP";

    public bool SameAs(StoredEvent e, long? sourceId, long? targetId, Func<long, bool> isGeneric) =>
        CompatibleCodes(Cameo, e.Cameo.Code)
        && Overlaps(e)
        && SamePlace(e)
        && SameActor(SourceActorId, sourceId, isGeneric)
        && SameActor(TargetActorId, targetId, isGeneric);

    /// <summary>Same base code (042 and 0421), or one is a less specific version of the other (04 and 042).</summary>
    public static bool CompatibleCodes(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)
        || (a.Length >= 3 && b.Length >= 3 && string.CompareOrdinal(a, 0, b, 0, 3) == 0);

    private bool Overlaps(StoredEvent e)
    {
        if (Date is null || e.Date is not { } start)
        {
            return Date is null && e.Date is null;
        }
        var storedStart = DateOnly.ParseExact(Date, "yyyy-MM-dd");
        var storedEnd = DateEnd is null ? storedStart : DateOnly.ParseExact(DateEnd, "yyyy-MM-dd");
        var end = e.DateEnd ?? start;
        return start.AddDays(-SlackDays) <= storedEnd && storedStart <= end.AddDays(SlackDays);
    }

    private bool SamePlace(StoredEvent e)
    {
        if (e.Place is null || (PlaceName is null && PlaceCountry is null))
        {
            return true;
        }
        if (PlaceCountry is not null && e.Place.Country is not null)
        {
            return PlaceCountry == e.Place.Country;
        }
        return string.Equals(PlaceName, e.Place.Name, StringComparison.OrdinalIgnoreCase);
    }

    private static bool SameActor(long? stored, long? incoming, Func<long, bool> isGeneric) =>
        stored is null || incoming is null || stored == incoming || isGeneric(stored.Value) || isGeneric(incoming.Value);
}
