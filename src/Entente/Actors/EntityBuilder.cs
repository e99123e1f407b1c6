namespace Entente.Actors;

/// <summary>Groups mentions into entities and resolves each one's country, sector and role on the article's date.</summary>
internal static class EntityBuilder
{
    public static List<Entity> Build(IReadOnlyList<Mention> mentions, DateOnly? date)
    {
        var entities = new List<Entity>();
        foreach (var group in mentions.Where(m => m.EntityKey is not null).GroupBy(m => m.EntityKey!))
        {
            var ordered = group.OrderBy(m => m.Span.Start).ToList();
            var first = ordered.FirstOrDefault(m => m.Type is not null) ?? ordered[0];
            var type = ordered.Select(m => m.Type).FirstOrDefault(t => t is not null) ?? "LOC";
            var person = ordered.Select(m => m.Entry?.Person).FirstOrDefault(p => p is not null);
            var org = ordered.Select(m => m.Entry?.Organisation).FirstOrDefault(o => o is not null);
            string? country = ordered.Select(m => m.Country).FirstOrDefault(c => c is not null);
            string? sector = ordered.Select(m => m.Sector).FirstOrDefault(s => s is not null);
            string? role = ordered.Select(m => m.Role).FirstOrDefault(r => r is not null);
            if (person is not null)
            {
                var (s, r, c) = ActorCodes.PersonOn(person, date);
                sector = s;
                role = r ?? role;
                country = c ?? country;
            }
            var name = first.Name ?? first.Text;
            if (first.Kind == MentionKind.UnknownName)
            {
                name = ordered.Where(m => m.Kind == MentionKind.UnknownName).MaxBy(m => m.Text.Length)!.Text;
            }
            entities.Add(new Entity
            {
                Id = "e" + (entities.Count + 1),
                Key = group.Key,
                Name = name,
                Type = type,
                Country = country,
                Sector = type == "LOC" ? null : sector,
                Code = type == "LOC" && person is null && org is null ? country : ActorCodes.Combine(country, sector, org?.Code),
                Role = role,
                Person = person,
                Organisation = org,
                Aliases = [.. ordered.Select(m => m.Text).Where(t => t != name).Distinct(StringComparer.Ordinal)],
                Mentions = ordered,
                Source = first.Rule,
                Confidence = ordered.Max(m => m.Confidence),
            });
        }
        return entities;
    }
}
