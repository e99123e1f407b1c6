using System.Security.Cryptography;
using System.Text;
using Entente.Documents;
using Entente.Ingest;

namespace Entente.Storage.Model;

/// <summary>A coded article as the store saves it: metadata, actors, dyadic events and sanctions hits.</summary>
/// <remarks>Built from a <see cref="Document"/> by <see cref="From"/>; the store never sees pipeline internals.</remarks>
public sealed record StoredArticle
{
    /// <summary>SHA-256 of the article's identity and text: the same article ingested twice has the same hash.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The article's metadata and extracted text.</summary>
    public required Article Article { get; init; }

    /// <summary>The publisher, for counting sources.</summary>
    public required string Outlet { get; init; }

    /// <summary>The article's entities with their mentions.</summary>
    public required IReadOnlyList<StoredActor> Actors { get; init; }

    /// <summary>Events, one per (source, target) pair, as GDELT rows are.</summary>
    public required IReadOnlyList<StoredEvent> Events { get; init; }

    /// <summary>Sanctions hits on the article's entities.</summary>
    public required IReadOnlyList<StoredHit> Hits { get; init; }

    /// <summary>Projects a coded document; <paramref name="listVersions"/> maps a list name to the version screened against.</summary>
    public static StoredArticle From(Document doc, IReadOnlyDictionary<string, string>? listVersions = null)
    {
        var actors = doc.Entities.Select(StoredActor.From).ToList();
        var hits = doc.Sanctions.Select(h => StoredHit.From(h, doc, listVersions)).ToList();
        var sanctioned = hits.Where(h => h.Status == "match").Select(h => h.ActorKey).ToHashSet(StringComparer.Ordinal);
        var events = doc.Events.SelectMany(e => StoredEvent.Dyads(doc, e, sanctioned)).ToList();
        return new StoredArticle
        {
            ContentHash = HashOf(doc.Article),
            Article = doc.Article,
            Outlet = OutletOf(doc.Article),
            Actors = actors,
            Events = events,
            Hits = hits,
        };
    }

    /// <summary>The publisher: the input's outlet, the URL's host, or else the file the article came from.</summary>
    public static string OutletOf(Article article) =>
        article.Outlet ?? InputReader.OutletOf(article.Url) ?? Path.GetFileName(article.Source.Split(':', '#')[0]);

    // Identity (URL, else the caller's id) plus text: a syndicated copy under another URL is another article.
    public static string HashOf(Article article)
    {
        var identity = article.Url ?? article.Id;
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(identity + "\n" + article.Title + "\n" + article.Text));
        return Convert.ToHexStringLower(bytes);
    }
}
