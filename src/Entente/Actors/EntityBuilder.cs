namespace Entente.Actors;

/// <summary>Groups mentions into entities and resolves each one's country, sector and role on the article's date.</summary>
/// <remarks>One pass over each group: this runs on every article, so it avoids re-enumerating mentions per field.</remarks>
internal static class EntityBuilder
{
    /// <param name="mentions">The article's mentions in text order.</param>
    /// <param name="date">The article's date, for offices held.</param>
    public static List<Entity> Build(IReadOnlyList<Mention> mentions, DateOnly? date)
    {
        var groups = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        var order = new List<List<Mention>>();
        foreach (var m in mentions)
        {
            if (m.EntityKey is null)
            {
                continue;
            }
            if (!groups.TryGetValue(m.EntityKey, out var group))
            {
                groups[m.EntityKey] = group = [];
                order.Add(group);
            }
            group.Add(m);
        }
        var entities = new List<Entity>(order.Count);
        foreach (var ordered in order)
        {
            if (!IsInTextOrder(ordered))
            {
                ordered.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            }
            entities.Add(Make("e" + (entities.Count + 1), ordered, date));
        }
        return entities;
    }

    private static Entity Make(string id, List<Mention> ordered, DateOnly? date)
    {
        Mention? first = null;
        Knowledge.Person? person = null;
        Knowledge.Organisation? org = null;
        string? country = null, sector = null, role = null;
        Mention? longestUnknown = null;
        var confidence = 0.0;
        foreach (var m in ordered)
        {
            first ??= m.Type is not null ? m : null;
            person ??= m.Entry?.Person;
            org ??= m.Entry?.Organisation;
            country ??= m.Country;
            sector ??= m.Sector;
            role ??= m.Role;
            confidence = Math.Max(confidence, m.Confidence);
            if (m.Kind == MentionKind.UnknownName && (longestUnknown is null || m.Text.Length > longestUnknown.Text.Length))
            {
                longestUnknown = m;
            }
        }
        first ??= ordered[0];
        var type = first.Type ?? "LOC";
        if (person is not null)
        {
            var (s, r, c) = ActorCodes.PersonOn(person, date);
            sector = s;
            role = r ?? role;
            country = c ?? country;
        }
        var name = first.Kind == MentionKind.UnknownName ? longestUnknown!.Text : first.Name ?? first.Text;
        return new Entity
        {
            Id = id,
            Key = ordered[0].EntityKey!,
            Name = name,
            Type = type,
            Country = country,
            Sector = type == "LOC" ? null : sector,
            Code = type == "LOC" && person is null && org is null ? country : ActorCodes.Combine(country, sector, org?.Code),
            Role = role,
            Person = person,
            Organisation = org,
            Aliases = Aliases(ordered, name),
            Mentions = ordered,
            Source = first.Rule,
            Confidence = confidence,
        };
    }

    /// <summary>Other spellings used in the article, first use first.</summary>
    private static string[] Aliases(List<Mention> ordered, string name)
    {
        List<string>? aliases = null;
        foreach (var m in ordered)
        {
            if (m.Text != name && (aliases is null || !aliases.Contains(m.Text)))
            {
                (aliases ??= []).Add(m.Text);
            }
        }
        return aliases is null ? [] : [.. aliases];
    }

    private static bool IsInTextOrder(List<Mention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].Span.Start < mentions[i - 1].Span.Start)
            {
                return false;
            }
        }
        return true;
    }
}
