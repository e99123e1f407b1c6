using Entente.Actors;
using Entente.Documents;
using Entente.Sanctions;

namespace Entente.Screening;

/// <summary>What the article itself says about an entity being sanctioned ("Cabello, who is under U.S.
/// sanctions"): a sanctions event (CAMEO 16x) with the entity as target. A hit is checked against it.</summary>
internal sealed record ArticleClaim(string Issuer, string Sentence)
{
    public static ArticleClaim? About(Document doc, Entity entity)
    {
        var evt = doc.Events.FirstOrDefault(e => e.Cameo.Code.StartsWith("163", StringComparison.Ordinal)
                                                 && e.Target.Any(t => t.EntityKey == entity.Key) && !e.Modality.Negated);
        if (evt is null)
        {
            return null;
        }
        var issuer = evt.Source.Select(s => s.Country ?? s.Code).FirstOrDefault() ?? "---";
        return new ArticleClaim(issuer, doc.Text[evt.Trigger.Start..evt.Trigger.End]);
    }

    /// <summary>A reason saying whether the list agrees with the article.</summary>
    public string Check(ScreeningHit hit)
    {
        var listIsIssuers = Issuer == "USA" && hit.Entry.List.Contains("OFAC", StringComparison.Ordinal)
                            || Issuer.StartsWith("IGOUNO", StringComparison.Ordinal) && hit.Entry.List.StartsWith("UN", StringComparison.Ordinal);
        return listIsIssuers
            ? $"article: '{Sentence}' — agrees: the {hit.Entry.List} list names this party"
            : $"article: '{Sentence}' ({Issuer}) — the {hit.Entry.List} list is not that issuer's";
    }
}
