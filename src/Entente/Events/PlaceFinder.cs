using Entente.Actors;
using Entente.Documents;
using Entente.Knowledge;
using Entente.Text;

namespace Entente.Events;

/// <summary>Finds where an event happened: a place after "in", "at" or "near" in the sentence, the
/// destination of a visit, or the article's dateline city.</summary>
internal sealed class PlaceFinder(KnowledgeBase kb)
{
    public EventPlace? Find(Document doc, Sentence sentence, IReadOnlyList<ActorPhrase> phrases, int triggerEnd, CameoCode code,
        IReadOnlyList<EventActor> targets)
    {
        var tokens = doc.Tokens;
        foreach (var phrase in phrases.OrderBy(p => Math.Abs(p.TokenStart - triggerEnd)))
        {
            var k = phrase.TokenStart - 1;
            while (k >= sentence.TokenStart && tokens[k].Norm is "the" or "capital" or "city" or "town" or "port")
            {
                k--;
            }
            if (k >= sentence.TokenStart && tokens[k].Norm is "in" or "at" or "near" && PlaceOf(phrase, "in the sentence") is { } place)
            {
                return place;
            }
        }
        if (code.Code is "042" or "043")
        {
            // A visit happens at its destination.
            var visited = phrases.FirstOrDefault(p => targets.Any(t => t.Span == p.Span) && p.Parts.Any(m => m.Entry?.Kind is LexKind.Capital or LexKind.Place));
            if (visited is not null && PlaceOf(visited, "the visit's destination") is { } destination)
            {
                return destination;
            }
        }
        return null;
    }

    private EventPlace? PlaceOf(ActorPhrase phrase, string how)
    {
        var head = phrase.Parts.LastOrDefault(m => m.Entry?.Kind is LexKind.Capital or LexKind.Place or LexKind.Country);
        if (head?.Entry is not { } entry || phrase.Parts.Any(m => m.IsAgent || m.Type == "PERSON"))
        {
            return null;
        }
        if (entry.Place is { } place)
        {
            return new EventPlace(place.Name, place.Country, place.Lat, place.Lon, how);
        }
        if (entry.Country is { } country)
        {
            var capital = kb.PlaceByCountryCapital.GetValueOrDefault(country.Iso3);
            return entry.Kind == LexKind.Capital && capital is not null
                ? new EventPlace(capital.Name, country.Iso3, capital.Lat, capital.Lon, how)
                : new EventPlace(country.Name, country.Iso3, null, null, how);
        }
        return null;
    }
}
