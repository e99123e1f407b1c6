using Entente.Actors;
using Entente.Documents;
using Entente.Text;

namespace Entente.Events;

/// <summary>The country a sentence is about, for actors that name none: the sentence's one country, the place a domestic
/// act happens in, or the source's own country.</summary>
internal static class ImpliedCountry
{
    internal static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "at", "near", "throughout", "across", "outside", "around" };

    internal static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal)
    {
        "the", "capital", "city", "town", "port", "province", "region", "village", "state", "district", "of", "streets", "central",
        "northern", "southern", "eastern", "western", "north", "south", "east", "west", "occupied", "neighbouring", "neighboring",
    };

    internal static readonly HashSet<string> Directions = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
    };

    /// <summary>"southwest of Baghdad": a direction followed by "of" places what comes next, like a preposition.</summary>
    internal static bool DirectionOf(IReadOnlyList<Token> tokens, Sentence sentence, int k) =>
        Directions.Contains(tokens[k].Norm) && k + 1 < sentence.TokenEnd && tokens[k + 1].Norm == "of";

    /// <summary>The one country the sentence's actors name (not a group's base, "a UK-based monitor"), or null.</summary>
    internal static string? SoleCountry(IReadOnlyList<Token> tokens, Sentence sentence, List<ActorPhrase> phrases)
    {
        string? only = null;
        foreach (var p in phrases)
        {
            if (p.Country is { } c && p.Reference is null && !BasedIn(tokens, sentence, p))
            {
                if (only is not null && only != c)
                {
                    return null;
                }
                only = c;
            }
        }
        return only;
    }

    /// <summary>"a UK-based group", "a London-based monitor": where a group sits, not where the sentence's events happen.</summary>
    internal static bool BasedIn(IReadOnlyList<Token> tokens, Sentence sentence, ActorPhrase p)
    {
        var k = p.TokenEnd;
        if (k < sentence.TokenEnd && tokens[k].Norm is "-" or "‐")
        {
            k++;
        }
        return k < sentence.TokenEnd && tokens[k].Norm == "based";
    }

    /// <summary>The state, its political opponents and its press: a body of these sectors belongs to a country; victims and crowds may be foreigners.</summary>
    internal static readonly HashSet<string> PoliticalSectors = new(StringComparer.Ordinal) { "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "PTY", "MED" };

    /// <summary>"Opposition leaders demanded elections", "refugees began a hunger strike": a group of no stated country
    /// is most likely of the one country the sentence names (for targets, only the state's own bodies: who suffers an act is often a foreigner).</summary>
    internal static List<EventActor> OfSoleCountry(List<EventActor> actors, string country, Func<string, bool> sectors) =>
        [.. actors.Select(a => a.Country is null && a.EntityKey is null && a.Sector is { } sector && sectors(sector) && a.Code.StartsWith("---", StringComparison.Ordinal)
            ? a with { Country = country, Code = ActorCodes.Combine(country, sector), How = a.How.Replace(" (country unknown)", "", StringComparison.Ordinal) + RoleFinder.SoleCountryNote }
            : a)];

    /// <summary>Actors of unknown country take the country of the place they act in.</summary>
    internal static List<EventActor> Localise(List<EventActor> actors, string country) =>
        [.. actors.Select(a => a.Country is null && a.Code.StartsWith("---", StringComparison.Ordinal)
            ? a with { Country = country, Code = ActorCodes.Combine(country, a.Sector), How = a.How + " (of the place it is in)" } : a)];

    /// <summary>The target of a domestic act that names none: the source's own country.</summary>
    internal static EventActor? OwnCountry(List<EventActor> sources) =>
        sources.FirstOrDefault(s => s.Country is not null) is { } own
            ? new EventActor(null, own.Text, own.Span, own.Country, null, own.Country!, "the source's own country (a domestic act)")
            : null;

    /// <summary>Where a domestic act happens: the country of the nearest place the sentence sets it in
    /// ("in the town of Cizre", "throughout Indonesia").</summary>
    internal static EventActor? LocalPlace(Document doc, Sentence sentence, List<ActorPhrase> phrases, PatternHit hit, List<EventActor> sources,
        DiscourseState state, DateOnly? when)
    {
        var tokens = doc.Tokens;
        ActorPhrase? best = null;
        var bestDistance = int.MaxValue;
        foreach (var p in phrases)
        {
            if (p.Country is null || p.Type != "LOC" || p.Reference is not null || sources.Any(s => s.Span == p.Span))
            {
                continue;
            }
            var k = p.TokenStart - 1;
            while (k >= sentence.TokenStart && PlaceHeads.Contains(tokens[k].Norm) && !DirectionOf(tokens, sentence, k))
            {
                k--;
            }
            if (k < sentence.TokenStart || !PlacePrepositions.Contains(tokens[k].Norm) && !DirectionOf(tokens, sentence, k))
            {
                continue;
            }
            var distance = p.TokenStart >= hit.TriggerEnd ? p.TokenStart - hit.TriggerEnd : 100 + hit.TriggerStart - p.TokenEnd;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (p, distance);
            }
        }
        return best is not null && RoleFinder.ToActor(doc, best, state, when, "the place of a domestic act") is { } place
            ? place with { Sector = null, Code = place.Country ?? place.Code }
            : null;
    }
}
