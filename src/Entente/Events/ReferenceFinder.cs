using Entente.Actors;
using Entente.Documents;
using Entente.Text;

namespace Entente.Events;

/// <summary>Marks words that point back to actors named earlier: object pronouns ("him", "them") and
/// pairs ("both sides", "the two countries"), so that patterns can use them as actor slots.</summary>
internal static class ReferenceFinder
{
    private static readonly HashSet<string> Definite = new(StringComparer.Ordinal) { "the", "this", "that", "these", "those", "its", "their", "his", "her" };

    private static readonly HashSet<string> PairNouns = new(StringComparer.Ordinal)
    {
        "sides", "countries", "nations", "governments", "leaders", "ministers", "neighbours", "neighbors", "parties",
        "delegations", "presidents", "states", "capitals", "militaries", "armies", "foes", "rivals", "allies",
    };

    public static List<ActorPhrase> Find(Document doc, Sentence sentence, IReadOnlyList<ActorPhrase> phrases, EventNouns eventNouns)
    {
        var found = new List<ActorPhrase>();
        var tokens = doc.Tokens;
        for (var i = sentence.TokenStart; i < sentence.TokenEnd; i++)
        {
            if (phrases.Any(p => p.TokenStart <= i && i < p.TokenEnd))
            {
                continue;
            }
            var norm = tokens[i].Norm;
            if (norm is "him" or "her" && !(i + 1 < sentence.TokenEnd && tokens[i + 1].Kind == TokenKind.Word && norm == "her"))
            {
                found.Add(Make(doc, sentence, i, i + 1, "person"));
            }
            else if (norm == "them")
            {
                found.Add(Make(doc, sentence, i, i + 1, "group"));
            }
            else if (Definite.Contains(norm) && EventNounAt(tokens, sentence, i + 1, eventNouns) is { } evt)
            {
                // "condemned the seizure": the one who seized is the target.
                found.Add(Make(doc, sentence, i, evt.End, "event:" + string.Join(',', evt.Roots)));
                i = evt.End - 1;
            }
            else if (norm is "both" or "two" && i + 1 < sentence.TokenEnd && PairNouns.Contains(tokens[i + 1].Norm)
                     && (norm == "both" || i > sentence.TokenStart && tokens[i - 1].Norm == "the"))
            {
                var start = norm == "two" ? i - 1 : i;
                found.Add(Make(doc, sentence, start, i + 2, "pair"));
                i++;
            }
        }
        return found;
    }

    private static (int End, string[] Roots)? EventNounAt(IReadOnlyList<Token> tokens, Sentence sentence, int i, EventNouns nouns)
    {
        // Up to two modifiers may stand before the noun: "the latest missile launch".
        for (var start = i; start < Math.Min(sentence.TokenEnd, i + 3); start++)
        {
            if (start + 1 < sentence.TokenEnd && nouns.RootsOf(tokens[start].Norm + " " + tokens[start + 1].Norm) is { } two)
            {
                return (start + 2, two);
            }
            if (nouns.RootsOf(tokens[start].Norm) is { } one)
            {
                return (start + 1, one);
            }
            if (tokens[start].Capitalized || tokens[start].Kind != TokenKind.Word)
            {
                return null;
            }
        }
        return null;
    }

    private static ActorPhrase Make(Document doc, Sentence sentence, int start, int end, string reference)
    {
        var span = new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End);
        return new ActorPhrase
        {
            Sentence = sentence.Index,
            TokenStart = start,
            TokenEnd = end,
            Span = span,
            Text = doc.Text[span.Start..span.End],
            Type = "REF",
            Reference = reference,
            Rule = "reference to earlier actors (" + reference + ")",
        };
    }
}
