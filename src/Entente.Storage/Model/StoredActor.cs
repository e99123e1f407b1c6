using Entente.Actors;

namespace Entente.Storage.Model;

/// <summary>An entity of one article, keyed so that the same actor in other articles is the same row.</summary>
/// <param name="Key">Global actor key ("person:nicolas-maduro", "state:VEN", "name:…").</param>
/// <param name="EntityId">The article-local id ("e1").</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Type">PERSON, ORG, GPE, NORP, …</param>
/// <param name="Country">ISO 3166 alpha-3 (or IGO code).</param>
/// <param name="Sector">Sector on the publication date.</param>
/// <param name="Code">CAMEO-style actor code.</param>
/// <param name="Mentions">Where the article names it.</param>
public sealed record StoredActor(string Key, string EntityId, string Name, string Type, string? Country, string? Sector, string? Code,
    IReadOnlyList<StoredActorMention> Mentions)
{
    /// <summary>Projects an entity.</summary>
    public static StoredActor From(Entity e) =>
        new(e.Key, e.Id, e.Name, e.Type, e.Country, e.Sector, e.Code,
            e.Mentions.Select(m => new StoredActorMention(m.Text, m.Span.Start, m.Span.End)).ToList());
}

/// <summary>One place an article names an actor.</summary>
/// <param name="Text">The words.</param>
/// <param name="Start">Start offset in the article text.</param>
/// <param name="End">End offset.</param>
public sealed record StoredActorMention(string Text, int Start, int End);
