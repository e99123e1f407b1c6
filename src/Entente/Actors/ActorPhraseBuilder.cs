using Entente.Documents;
using Entente.Text;

namespace Entente.Actors;

/// <summary>Joins adjacent mentions into actor phrases: an adjective or possessive state, modifiers,
/// agent nouns or titles, and a name ("Venezuelan President Nicolas Maduro", "Russia's foreign minister").</summary>
internal sealed class ActorPhraseBuilder(NameWords words)
{
    private const int MaxModifiers = 3;

    /// <param name="doc">The article.</param>
    /// <param name="mentions">Its mentions in text order, so that each sentence's mentions come together.</param>
    public List<ActorPhrase> Build(Document doc, IReadOnlyList<Mention> mentions)
    {
        var phrases = new List<ActorPhrase>();
        var list = new List<Mention>();
        for (var k = 0; k < mentions.Count;)
        {
            var sentence = doc.Sentences[mentions[k].Sentence];
            list.Clear();
            for (; k < mentions.Count && mentions[k].Sentence == sentence.Index; k++)
            {
                if (Usable(mentions[k]))
                {
                    list.Add(mentions[k]);
                }
            }
            if (sentence.Kind == SentenceKind.Body && list.Count > 0)
            {
                list.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
                AddPhrases(doc, sentence, list, phrases);
            }
        }
        return OwnersByOf(doc, phrases);
    }

    // A dictionary mention is phrased through its entry (see Make).
    private static bool Usable(Mention m) => m.Kind != MentionKind.Dictionary || m.Entry is not null;

    /// <summary>The phrases of one sentence, from its usable mentions in token order.</summary>
    private void AddPhrases(Document doc, Sentence sentence, List<Mention> list, List<ActorPhrase> phrases)
    {
        var i = 0;
        while (i < list.Count)
        {
            var j = i + 1;
            var tokenEnd = list[i].TokenEnd;
            while (j < list.Count && Joins(doc.Tokens, list[j - 1], tokenEnd, list[j], sentence))
            {
                tokenEnd = list[j].TokenEnd;
                j++;
            }
            // Most phrases are one mention: a one-element array then, not a list.
            phrases.Add(Make(doc, sentence, j == i + 1 ? [list[i]] : list.GetRange(i, j - i)));
            i = j;
        }
    }

    /// <summary>"the mayor of Nablus", "the foreign ministers of Armenia and Azerbaijan", "dissidents from Egypt": a group or title
    /// without a country takes the country of the place or organisation it is "of".</summary>
    private List<ActorPhrase> OwnersByOf(Document doc, List<ActorPhrase> phrases)
    {
        var tokens = doc.Tokens;
        for (var i = 0; i < phrases.Count; i++)
        {
            var p = phrases[i];
            // "dissidents from Egypt", "a delegation from Iran" name their country the same way.
            if (p.Country is not null || p.Type != "GROUP" || p.TokenEnd >= tokens.Count || tokens[p.TokenEnd].Norm is not ("of" or "from"))
            {
                continue;
            }
            for (var j = i + 1; j < phrases.Count && phrases[j].Sentence == p.Sentence && phrases[j].TokenStart - p.TokenEnd <= 6; j++)
            {
                var owner = phrases[j];
                var between = Enumerable.Range(p.TokenEnd + 1, owner.TokenStart - p.TokenEnd - 1).Select(k => tokens[k]);
                if (between.Any(t => t.Kind == TokenKind.Punct && !t.Transparent || t.Norm is "and" or "or" or "in" or "at"))
                {
                    break;
                }
                if (owner.Country is not null && owner.Person is null)
                {
                    phrases[i] = p with { Country = owner.Country, Rule = p.Rule + " + of " + owner.Rule };
                    break;
                }
            }
        }
        return phrases;
    }

    private bool Joins(IReadOnlyList<Token> tokens, Mention last, int from, Mention next, Sentence sentence)
    {
        if (IsName(last) && IsName(next))
        {
            // Two names join only through a possessive ("Russia's Lavrov") or a parenthesis ("... (PSUV)").
            var gap = next.TokenStart - from;
            var possessive = gap == 1 && tokens[from].Norm == "'s";
            var paren = gap == 1 && tokens[from].Norm == "(" && next.EntityKey == last.EntityKey;
            return possessive || paren;
        }
        if (last.IsAgent && IsName(next) && next.Type != "PERSON" && next.Entry?.Kind is not LexKind.Organisation)
        {
            return false; // "officials in Caracas" is two things
        }
        var modifiers = 0;
        for (var k = from; k < next.TokenStart; k++)
        {
            var t = tokens[k];
            if (t.Transparent || t.Norm is "'s" or ")")
            {
                continue;
            }
            if (words.Is(t.Norm, "MODIFIER") && ++modifiers <= MaxModifiers)
            {
                continue;
            }
            return false;
        }
        return next.TokenStart < sentence.TokenEnd;
    }

    private static bool IsName(Mention m) => m.Type is not null && !(m.Entry?.Kind == LexKind.Demonym);

    private static ActorPhrase Make(Document doc, Sentence sentence, IReadOnlyList<Mention> parts)
    {
        var tokens = doc.Tokens;
        var span = new TextSpan(parts[0].Span.Start, parts[^1].Span.End);
        Mention? person = null, org = null, agent = null, place = null;
        string? explicitCountry = null, anyCountry = null;
        int orgAt = -1, agentAt = -1;
        for (var k = 0; k < parts.Count; k++)
        {
            var p = parts[k];
            var kind = p.Entry?.Kind;
            if (p.Type == "PERSON")
            {
                person = p;
            }
            if (kind == LexKind.Organisation || p.Type == "ORG")
            {
                (org, orgAt) = (p, k);
            }
            if (p.IsAgent)
            {
                (agent, agentAt) = (p, k);
            }
            if (kind is LexKind.Country or LexKind.Demonym or LexKind.Capital or LexKind.Seat or LexKind.Place)
            {
                place = p;
            }
            // A state named in the phrase ("Pakistan's Foreign Office") outranks the home country of a generic
            // organisation name or of a title's guess; a known person keeps their own nationality.
            if (kind is LexKind.Country or LexKind.Demonym or LexKind.Capital or LexKind.Seat)
            {
                explicitCountry ??= p.Country;
            }
            anyCountry ??= p.Country;
        }
        var head = person ?? org ?? place ?? agent ?? parts[^1];
        var country = explicitCountry ?? anyCountry;
        string? sector = null;
        string type;
        if (person is not null)
        {
            type = "PERSON";
            country = person.Entry?.Person?.Country ?? explicitCountry ?? person.Country ?? country;
            sector = person.Sector ?? agent?.Sector;
        }
        else if (org is not null && (agent is null || orgAt > agentAt))
        {
            type = "ORG";
            sector = org.Sector;
            country = explicitCountry ?? org.Country ?? country;
        }
        else if (agent is not null)
        {
            type = "GROUP";
            sector = agent.Sector;
            country = org?.Country ?? country;
        }
        else
        {
            type = head.Type ?? "LOC";
            sector = head.Sector;
        }
        var orgCode = type == "ORG" && (explicitCountry is null || explicitCountry == org?.Country) ? org?.Entry?.Organisation?.Code : null;
        if (type is "GROUP" or "PERSON" && org is not null && country is null && org.Entry?.Organisation?.Code is { } body)
        {
            orgCode = body; // "European Union foreign ministers", "Arab League Secretary General X": the people of an international body
        }
        return new ActorPhrase
        {
            Sentence = sentence.Index,
            TokenStart = parts[0].TokenStart,
            TokenEnd = parts[^1].TokenEnd,
            Span = span,
            // A mention's text is the text of its span: a one-mention phrase shares it.
            Text = parts.Count == 1 ? parts[0].Text : doc.Text[span.Start..span.End],
            EntityKey = person?.EntityKey ?? org?.EntityKey ?? (type == "GROUP" ? place?.EntityKey : head.EntityKey),
            Person = person?.Entry?.Person,
            Country = country,
            Sector = sector,
            OrgCode = orgCode,
            Type = type,
            AgentNoun = agent is null ? null : tokens[agent.TokenEnd - 1].Norm,
            IsPlace = person is null && org is null && agent is null && head.Entry?.Kind == LexKind.Place,
            Parts = parts,
            Rule = RuleOf(parts),
        };
    }

    /// <summary>"demonym + agent + person": what the phrase was built from.</summary>
    private static string RuleOf(IReadOnlyList<Mention> parts)
    {
        if (parts.Count <= 2)
        {
            return parts.Count == 1 ? PartName(parts[0]) : string.Concat(PartName(parts[0]), " + ", PartName(parts[1]));
        }
        var sb = new System.Text.StringBuilder();
        foreach (var p in parts)
        {
            sb.Append(sb.Length == 0 ? "" : " + ").Append(PartName(p));
        }
        return sb.ToString();
    }

    private static string PartName(Mention m) => m.Kind switch
    {
        MentionKind.Dictionary => m.Entry!.Kind switch
        {
            LexKind.Country => "country",
            LexKind.Demonym => "demonym",
            LexKind.Capital => "capital",
            LexKind.Seat => "seat",
            LexKind.Place => "place",
            LexKind.Organisation => "organisation",
            LexKind.Person => "person",
            _ => "agent",
        },
        MentionKind.UnknownName => "unknownname",
        _ => "alias",
    };
}
