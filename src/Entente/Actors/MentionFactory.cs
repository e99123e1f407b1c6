using Entente.Documents;
using Entente.Text;

namespace Entente.Actors;

/// <summary>Turns dictionary matches into mentions: picks the entry when a phrase names several things
/// and fills in what the entry tells (type, country, sector).</summary>
internal static class MentionFactory
{
    public static Mention FromMatch(string text, IReadOnlyList<Token> tokens, int sentence, PhraseMatch match,
        IReadOnlyDictionary<LexEntry, EntryDescription> described)
    {
        var entry = Pick(match.Entries);
        var span = new TextSpan(tokens[match.TokenStart].Start, tokens[match.TokenEnd - 1].End);
        var (type, key, name, country, sector) = described[entry];
        return new Mention
        {
            Sentence = sentence,
            TokenStart = match.TokenStart,
            TokenEnd = match.TokenEnd,
            Span = span,
            Text = text[span.Start..span.End],
            Kind = MentionKind.Dictionary,
            Entry = entry,
            Type = type,
            EntityKey = key,
            Name = name,
            Country = country,
            Sector = sector,
            Rule = entry.Origin,
            Confidence = entry.IsShortName ? 0.85 : 1.0,
        };
    }

    /// <summary>A name the knowledge base does not know, typed by <paramref name="rule"/>; it groups with the
    /// same name written elsewhere in the article.</summary>
    public static Mention Unknown(string text, IReadOnlyList<Token> tokens, int sentence, int start, int end, string type, string rule,
        double confidence)
    {
        var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        var name = text[span.Start..span.End];
        return new Mention
        {
            Sentence = sentence,
            TokenStart = start,
            TokenEnd = end,
            Span = span,
            Text = name,
            Kind = MentionKind.UnknownName,
            Type = type,
            EntityKey = "name:" + TextFolding.FoldName(name),
            Name = name,
            Rule = rule,
            Confidence = confidence,
        };
    }

    /// <summary>What an entry says about the entity it names.</summary>
    public static EntryDescription Describe(LexEntry entry) => entry.Kind switch
    {
        LexKind.Person => new("PERSON", "person:" + entry.Person!.Id, entry.Person.Name, entry.Person.Country, null),
        LexKind.Organisation => new("ORG", "org:" + entry.Organisation!.Id, entry.Organisation.Name, entry.Organisation.Country,
            entry.Organisation.Sector),
        LexKind.Country => new("LOC", "country:" + entry.Country!.Iso3, entry.Country.Name, entry.Country.Iso3, null),
        // "Venezuelan" names a nationality (NORP), not the place: it is its own entity, with the country.
        LexKind.Demonym => new("NORP", "norp:" + entry.Country!.Iso3, entry.Country.Adjectives.FirstOrDefault() ?? entry.Written, entry.Country.Iso3, null),
        LexKind.Capital => new("LOC", "place:" + entry.Country!.Iso3 + ":" + (entry.Place?.Name ?? entry.Country.Capital),
            entry.Place?.Name ?? entry.Country.Capital, entry.Country.Iso3, "GOV"),
        LexKind.Seat => new("LOC", "seat:" + entry.Country!.Iso3 + ":" + entry.Written, entry.Written, entry.Country.Iso3, "GOV"),
        LexKind.Place => new("LOC", "place:" + entry.Place!.Country + ":" + entry.Place.Name, entry.Place.Name, entry.Place.Country, null),
        _ => new(null, null, null, null, entry.Agent!.Sector),
    };

    private static LexEntry Pick(IReadOnlyList<LexEntry> entries)
    {
        // By index: a foreach over the interface would allocate an enumerator for every match.
        var best = entries[0];
        for (var k = 1; k < entries.Count; k++)
        {
            if (Rank(entries[k]) < Rank(best))
            {
                best = entries[k];
            }
        }
        return best;
    }

    private static int Rank(LexEntry e) => e.Kind switch
    {
        // The user's own dictionary (--actors PETRARCH.txt) says what a name means in their data: it outranks Entente's.
        LexKind.Organisation when e.Organisation!.FromPetrarch => -1,
        LexKind.Person when !e.IsShortName => 0,
        LexKind.Organisation => 1,
        LexKind.Country => 2,
        LexKind.Capital => 3,
        LexKind.Seat => 4,
        LexKind.Demonym => 5,
        LexKind.Person => 6,
        LexKind.Place => 7,
        _ => 8,
    };
}
