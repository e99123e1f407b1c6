using System.Globalization;

namespace Entente.Knowledge;

/// <summary>Builds a <see cref="KnowledgeBase"/> from the embedded files and the user's own files.</summary>
/// <remarks>A user file's kind is told by its header: countries (iso3), places (lat), organisations (type + code),
/// people (born), offices (office), agents (terms).</remarks>
public sealed class KnowledgeLoader
{
    private readonly List<TsvRow> _countries = [];
    private readonly List<TsvRow> _places = [];
    private readonly List<TsvRow> _organisations = [];
    private readonly List<TsvRow> _people = [];
    private readonly List<TsvRow> _offices = [];
    private readonly List<TsvRow> _agents = [];
    private readonly List<Organisation> _importedActors = [];
    private readonly List<Agent> _importedAgents = [];

    /// <summary>Starts from the built-in knowledge.</summary>
    public static KnowledgeLoader Default()
    {
        var loader = new KnowledgeLoader();
        foreach (var name in new[] { "countries.tsv", "cities.tsv", "organisations.tsv", "people.tsv", "offices.tsv", "agents.tsv" })
        {
            if (ResourceFiles.Exists(name))
            {
                loader.Add(ResourceFiles.ReadRows(name), name);
            }
        }
        return loader;
    }

    /// <summary>Adds a user file: Entente's TSV format, or a PETRARCH/Phoenix actor or agent dictionary.</summary>
    public KnowledgeLoader AddFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new KnowledgeFileException($"{path}: no such file");
        }
        if (PetrarchDictionary.Recognise(path))
        {
            if (PetrarchDictionary.IsAgents(path))
            {
                _importedAgents.AddRange(PetrarchDictionary.ReadAgents(path));
            }
            else
            {
                _importedActors.AddRange(PetrarchDictionary.ReadActors(path));
            }
            return this;
        }
        Add(TsvReader.ReadFile(path), path);
        return this;
    }

    /// <summary>Adds parsed rows; the header decides which table they extend.</summary>
    public KnowledgeLoader Add(List<TsvRow> rows, string name)
    {
        if (rows.Count == 0)
        {
            return this;
        }
        var first = rows[0];
        var table = first.Has("iso3") ? _countries
            : first.Has("lat") ? _places
            : first.Has("office") ? _offices
            : first.Has("born") ? _people
            : first.Has("terms") ? _agents
            : first.Has("code") && first.Has("type") ? _organisations
            : throw new KnowledgeFileException($"{name}: header names no known knowledge table (see docs/knowledge-files.md)");
        table.AddRange(rows);
        return this;
    }

    /// <summary>Parses and links everything into an immutable knowledge base.</summary>
    public KnowledgeBase Build()
    {
        var countries = _countries.Select(r => new Country(r["iso3"].ToUpperInvariant(), r["iso2"], r.Optional("cameo"), r["name"],
            r.List("aliases"), r.List("adjectives"), r.Optional("capital"), r.List("seats"), r["kind"], r.Optional("parent"), r.Origin)).ToList();
        var places = _places.Select(r => new Place(r["name"], r.List("aliases"), r["country"].ToUpperInvariant(),
            Number(r["lat"]), Number(r["lon"]), r.Optional("kind") ?? "city", r.Origin)).ToList();
        var organisations = _organisations.Select(r => new Organisation(r["id"], r["name"], r.List("aliases"), r["type"],
            r.Optional("country")?.ToUpperInvariant(), r["code"], r["sector"], r.Origin)).Concat(_importedActors).ToList();
        var offices = _offices.Select(r => new Office(r["person"], r["office"], r.Optional("country")?.ToUpperInvariant(), r["sector"],
            r["role"], KnowledgeDates.Parse(r["start"], end: false, r.Origin) ?? DateOnly.MinValue,
            KnowledgeDates.Parse(r.Optional("end"), end: true, r.Origin), r.Origin)).ToLookup(o => o.PersonId);
        var people = _people.Select(r => new Person(r["id"], r["name"], r.List("aliases"), r.List("short"),
            r.Optional("country")?.ToUpperInvariant(), KnowledgeDates.Year(r.Optional("born")), KnowledgeDates.Year(r.Optional("died")),
            r.Optional("gender"), r.Origin)
        {
            Offices = [.. offices[r["id"]].OrderBy(o => o.Start)],
        }).ToList();
        var agents = _agents.Select(r => new Agent(r.List("terms"), r["sector"], r.Optional("kind") ?? "group", r.Origin)).Concat(_importedAgents).ToList();
        return new KnowledgeBase(countries, places, organisations, people, agents);
    }

    private static double? Number(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
