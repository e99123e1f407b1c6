using Entente.Actors;
using Entente.Documents;
using Entente.Pipeline;
using Entente.Sanctions;

namespace Entente.Screening;

/// <summary>Screens every person and organisation of an article against the loaded sanctions lists, with
/// what the article and the knowledge base say about them (country, birth year, role) as evidence.</summary>
/// <remarks>Immutable; the screener is thread-safe, so one stage serves all articles.</remarks>
public sealed class ScreeningStage(Screener screener) : IDocumentStage
{
    private const int HitsPerEntity = 3;

    /// <inheritdoc/>
    public string Name => "sanctions";

    /// <inheritdoc/>
    public void Process(Document doc, CancellationToken cancellationToken)
    {
        var hits = new List<SanctionsHit>();
        foreach (var entity in doc.Entities.Where(e => e.Type is "PERSON" or "ORG"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var best = new Dictionary<string, ScreeningHit>(StringComparer.Ordinal);
            foreach (var query in Queries(entity))
            {
                foreach (var hit in screener.Screen(query, HitsPerEntity))
                {
                    var key = hit.Entry.List + ":" + hit.Entry.EntryId;
                    if (!best.TryGetValue(key, out var previous) || Rank(hit) > Rank(previous))
                    {
                        best[key] = hit;
                    }
                }
            }
            var claim = ArticleClaim.About(doc, entity);
            foreach (var hit in best.Values.OrderByDescending(Rank).Take(HitsPerEntity))
            {
                hits.Add(new SanctionsHit(entity.Id, entity.Name, claim is null ? hit : hit with { Reasons = [.. hit.Reasons, claim.Check(hit)] }));
            }
        }
        doc.Sanctions = hits;
    }

    private static double Rank(ScreeningHit hit) => (hit.Status == ScreeningHit.Match ? 1 : 0) + hit.Score;

    /// <summary>The entity's canonical name and its full-name aliases, with what is known about it.</summary>
    private static IEnumerable<ScreeningQuery> Queries(Entity entity)
    {
        var person = entity.Person;
        var names = new List<string> { entity.Name };
        if (person is not null)
        {
            names.AddRange(person.Aliases);
        }
        else if (entity.Organisation is { } org)
        {
            names.AddRange(org.Aliases.Where(a => a.Contains(' ', StringComparison.Ordinal)));
        }
        var kind = entity.Type == "PERSON" ? "PERSON" : "ORG";
        var role = entity.Role ?? string.Join("; ", person?.Offices.Select(o => o.Role) ?? []);
        foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            yield return new ScreeningQuery(name, kind, entity.Country, person?.Born, role.Length == 0 ? null : role, person?.Gender switch
            {
                "m" => "male",
                "f" => "female",
                _ => null,
            });
        }
    }
}
