using Entente.Documents;
using Entente.Screening;

namespace Entente.Storage.Model;

/// <summary>A sanctions hit on one of an article's actors, with the list version it was screened against.</summary>
public sealed record StoredHit
{
    /// <summary>The actor's global key.</summary>
    public required string ActorKey { get; init; }

    /// <summary>The article-local entity id.</summary>
    public required string EntityId { get; init; }

    /// <summary>The entity's name in the article.</summary>
    public required string EntityName { get; init; }

    /// <summary>List name ("OFAC SDN").</summary>
    public required string List { get; init; }

    /// <summary>List date and checksum ("2024-05-03 sha256:1a2b…").</summary>
    public required string ListVersion { get; init; }

    /// <summary>The entry's id in the list.</summary>
    public required string EntryId { get; init; }

    /// <summary>The entry's primary name.</summary>
    public required string EntryName { get; init; }

    /// <summary>Sanctions programmes.</summary>
    public required IReadOnlyList<string> Programs { get; init; }

    /// <summary>Name-and-context score, 0 to 1.</summary>
    public required double Score { get; init; }

    /// <summary>match or possible.</summary>
    public required string Status { get; init; }

    /// <summary>Why.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>Projects a screening hit.</summary>
    public static StoredHit From(SanctionsHit hit, Document doc, IReadOnlyDictionary<string, string>? listVersions)
    {
        var entity = doc.Entities.FirstOrDefault(e => e.Id == hit.EntityId);
        var entry = hit.Hit.Entry;
        return new StoredHit
        {
            ActorKey = entity?.Key ?? "name:" + hit.EntityName,
            EntityId = hit.EntityId,
            EntityName = hit.EntityName,
            List = entry.List,
            ListVersion = listVersions?.GetValueOrDefault(entry.List) ?? "unknown",
            EntryId = entry.EntryId,
            EntryName = entry.Name,
            Programs = entry.Programs,
            Score = Math.Round(hit.Hit.Score, 3),
            Status = hit.Hit.Status,
            Reasons = hit.Hit.Reasons,
        };
    }
}
