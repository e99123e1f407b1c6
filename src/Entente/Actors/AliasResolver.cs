using Entente.Documents;
using Entente.Text;

namespace Entente.Actors;

/// <summary>Links a lone surname or given name to the full name used elsewhere in the same article
/// ("Cabello", "Diosdado" → Diosdado Cabello). A token shared by two people ("Kim") stays unresolved: it is
/// left, with the other lone words, to the surname check.</summary>
internal sealed class AliasResolver(NameWords words)
{
    /// <summary>Each name word of a multi-word person in the article and the person it stands for; null
    /// when two different people share it.</summary>
    private Dictionary<string, Mention?> Owners(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        var owners = new Dictionary<string, Mention?>(StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => m.Type == "PERSON" && m.TokenEnd - m.TokenStart >= 2))
        {
            foreach (var key in NameTokens(tokens, m))
            {
                if (owners.TryGetValue(key, out var other) && other is not null && other.EntityKey != m.EntityKey)
                {
                    owners[key] = null; // ambiguous
                }
                else if (other is null && owners.ContainsKey(key))
                {
                    continue;
                }
                else
                {
                    owners[key] = m;
                }
            }
        }
        return owners;
    }

    /// <summary>Mentions of the lone capitalised words that stand for one person of the article; a word that
    /// stands for none (or for two) goes to <paramref name="surnames"/>.</summary>
    public List<Mention> Resolve(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences,
        IReadOnlyList<Mention> mentions, SurnameFinder surnames)
    {
        var resolved = new List<Mention>();
        var owners = Owners(tokens, mentions);
        var covered = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (var t = m.TokenStart; t < m.TokenEnd; t++)
            {
                covered[t] = true;
            }
        }
        // Read in place: every token of the body is looked at, most only to see that it is no lone name.
        var all = tokens.AsSpan();
        foreach (var sentence in sentences)
        {
            if (sentence.Kind != SentenceKind.Body)
            {
                continue;
            }
            for (var i = sentence.TokenStart; i < sentence.TokenEnd; i++)
            {
                ref readonly var t = ref all[i];
                if (!t.Capitalized || t.Kind != TokenKind.Word || covered[i])
                {
                    continue;
                }
                if (!owners.TryGetValue(t.Norm, out var owner) || owner is null)
                {
                    if (surnames.At(text, tokens, sentence, i, covered, sharedInArticle: owners.ContainsKey(t.Norm)) is { } surname)
                    {
                        resolved.Add(surname);
                    }
                    continue;
                }
                resolved.Add(owner with
                {
                    Sentence = sentence.Index,
                    TokenStart = i,
                    TokenEnd = i + 1,
                    Span = new TextSpan(t.Start, t.End),
                    Text = text[t.Start..t.End],
                    Kind = MentionKind.Alias,
                    Rule = "alias of " + owner.Name + " (same article)",
                    Confidence = Math.Min(owner.Confidence, 0.9),
                });
            }
        }
        return resolved;
    }

    private IEnumerable<string> NameTokens(IReadOnlyList<Token> tokens, Mention m)
    {
        for (var t = m.TokenStart; t < m.TokenEnd; t++)
        {
            var token = tokens[t];
            if (token.Kind == TokenKind.Word && token.Norm.Length >= 2 && !words.Is(token.Norm, "PARTICLE")
                && !words.Is(token.Norm, "HONORIFIC") && token.Capitalized)
            {
                yield return token.Norm;
            }
        }
    }
}
