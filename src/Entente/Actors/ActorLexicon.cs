using System.Collections.Frozen;
using Entente.Knowledge;

namespace Entente.Actors;

/// <summary>The actor dictionary: every name, alias, adjective, capital, seat and agent noun of the
/// knowledge base, indexed for longest-match lookup.</summary>
/// <remarks>Immutable; build once per knowledge base and share across threads.</remarks>
public sealed class ActorLexicon
{
    /// <summary>Builds the lexicon.</summary>
    public ActorLexicon(KnowledgeBase kb)
        : this(kb, [])
    {
    }

    /// <summary>Builds the lexicon; <paramref name="otherWords"/> (folded) join its vocabulary, so that the later
    /// stages that look them up can do so by number.</summary>
    public ActorLexicon(KnowledgeBase kb, IEnumerable<string> otherWords)
    {
        Knowledge = kb;
        Words = NameWords.Load();
        var entries = Entries(kb).ToList();
        Matcher = new PhraseMatcher(entries, otherWords);
        Surnames = new SurnameIndex(kb.People, Words);
        // Worked out once: every match of an entry would otherwise build the same key strings again.
        IEqualityComparer<LexEntry> sameEntry = ReferenceEqualityComparer.Instance;
        Described = entries.Select(e => e.Item2).Distinct(sameEntry).ToFrozenDictionary(e => e, MentionFactory.Describe, sameEntry);
    }

    /// <summary>What each entry says about the entity it names.</summary>
    public IReadOnlyDictionary<LexEntry, EntryDescription> Described { get; }

    /// <summary>The knowledge the lexicon was built from.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>The phrase index.</summary>
    public PhraseMatcher Matcher { get; }

    /// <summary>Surnames shared by several known people.</summary>
    public SurnameIndex Surnames { get; }

    /// <summary>Word classes for unknown names.</summary>
    public NameWords Words { get; }

    private static IEnumerable<(string, LexEntry)> Entries(KnowledgeBase kb)
    {
        foreach (var c in kb.Countries)
        {
            foreach (var name in c.Aliases.Prepend(c.Name))
            {
                yield return (name, new LexEntry(LexKind.Country, name, c.Origin, IsAcronym(name)) { Country = c });
            }
            foreach (var adj in c.Adjectives)
            {
                yield return (adj, new LexEntry(LexKind.Demonym, adj, c.Origin, IsAcronym(adj)) { Country = c });
            }
            if (c.Capital is { } capital)
            {
                kb.PlaceByCountryCapital.TryGetValue(c.Iso3, out var place);
                yield return (capital, new LexEntry(LexKind.Capital, capital, c.Origin, false) { Country = c, Place = place });
                foreach (var alias in place?.Aliases ?? [])
                {
                    yield return (alias, new LexEntry(LexKind.Capital, alias, c.Origin, false) { Country = c, Place = place });
                }
            }
            foreach (var seat in c.Seats)
            {
                yield return (seat, new LexEntry(LexKind.Seat, seat, c.Origin, false) { Country = c });
            }
        }
        foreach (var p in kb.Places.Where(p => p.Kind != "capital"))
        {
            kb.CountryByCode.TryGetValue(p.Country, out var country);
            foreach (var name in p.Aliases.Prepend(p.Name))
            {
                yield return (name, new LexEntry(LexKind.Place, name, p.Origin, false) { Place = p, Country = country });
            }
        }
        foreach (var o in kb.Organisations)
        {
            foreach (var name in o.Aliases.Prepend(o.Name))
            {
                // PETRARCH dictionaries write every name in capitals: only Entente's own acronyms are case-sensitive.
                yield return (name, new LexEntry(LexKind.Organisation, name, o.Origin, !o.FromPetrarch && IsAcronym(name)) { Organisation = o });
            }
        }
        foreach (var p in kb.People)
        {
            foreach (var name in p.Aliases.Prepend(p.Name))
            {
                yield return (name, new LexEntry(LexKind.Person, name, p.Origin, false) { Person = p });
            }
            foreach (var name in p.Short)
            {
                yield return (name, new LexEntry(LexKind.Person, name, p.Origin, false) { Person = p, IsShortName = true });
            }
        }
        foreach (var a in kb.Agents)
        {
            foreach (var term in a.Terms)
            {
                yield return (term, new LexEntry(LexKind.Agent, term, a.Origin, false) { Agent = a });
            }
        }
    }

    /// <summary>Short all-capital names (US, UN, IS, WHO) must be written in capitals to match.</summary>
    private static bool IsAcronym(string name)
    {
        var letters = name.Count(char.IsLetter);
        return letters is > 0 and <= 3 && name.Where(char.IsLetter).All(char.IsUpper);
    }
}
