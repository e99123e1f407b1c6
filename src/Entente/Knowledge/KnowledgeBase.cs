using System.Collections.Frozen;

namespace Entente.Knowledge;

/// <summary>Everything Entente knows about states, places, organisations, people and agent nouns,
/// loaded once from the embedded TSV files plus any user files, and read-only afterwards.</summary>
/// <remarks>Thread-safe for reading. Build one with <see cref="KnowledgeLoader"/>.</remarks>
public sealed class KnowledgeBase
{
    internal KnowledgeBase(IReadOnlyList<Country> countries, IReadOnlyList<Place> places, IReadOnlyList<Organisation> organisations,
        IReadOnlyList<Person> people, IReadOnlyList<Agent> agents)
    {
        Countries = countries;
        Places = places;
        Organisations = organisations;
        People = people;
        Agents = agents;
        CountryByCode = countries.ToFrozenDictionary(c => c.Iso3, StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var c in countries)
        {
            foreach (var name in c.Aliases.Prepend(c.Name).Concat(c.Adjectives))
            {
                byName.TryAdd(Text.TextFolding.FoldName(name), c);
            }
        }
        CountryByFoldedName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        PlaceByCountryCapital = places.Where(p => p.Kind == "capital").GroupBy(p => p.Country)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>States and territories.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>Cities, capitals and regions.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>IGOs, NGOs, parties, media, armed groups and institutions.</summary>
    public IReadOnlyList<Organisation> Organisations { get; }

    /// <summary>People with their offices.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>Agent nouns and titles.</summary>
    public IReadOnlyList<Agent> Agents { get; }

    /// <summary>Countries by ISO alpha-3.</summary>
    public FrozenDictionary<string, Country> CountryByCode { get; }

    /// <summary>Countries by any folded name, alias or adjective.</summary>
    public FrozenDictionary<string, Country> CountryByFoldedName { get; }

    /// <summary>Each country's capital as a place, with coordinates.</summary>
    public FrozenDictionary<string, Place> PlaceByCountryCapital { get; }

    /// <summary>Resolves a country name in any form ("Korea, North" excepted) to ISO alpha-3.</summary>
    public string? CountryCode(string name) =>
        CountryByCode.ContainsKey(name) ? name.ToUpperInvariant()
        : CountryByFoldedName.TryGetValue(Text.TextFolding.FoldName(name), out var c) ? c.Iso3 : null;
}
