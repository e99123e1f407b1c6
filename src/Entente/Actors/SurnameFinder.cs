using Entente.Documents;
using Entente.Text;

namespace Entente.Actors;

/// <summary>Types a lone capitalised surname as a person when no full name in the article explains it: a
/// surname shared by several known people ("Clinton", "Castro"), or by several people named in the same
/// article ("Wang" after "Wang Donghai" and "Wang Yi"). The person stays unresolved; only the type, and a
/// nationality every candidate shares, are claimed.</summary>
internal sealed class SurnameFinder(SurnameIndex surnames, NameWords words)
{
    public IEnumerable<Mention> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences,
        IReadOnlyList<Mention> mentions, IReadOnlySet<string> sharedInArticle)
    {
        var covered = new HashSet<int>();
        foreach (var m in mentions)
        {
            for (var t = m.TokenStart; t < m.TokenEnd; t++)
            {
                covered.Add(t);
            }
        }
        foreach (var sentence in sentences)
        {
            if (sentence.Kind != SentenceKind.Body)
            {
                continue;
            }
            for (var i = sentence.TokenStart; i < sentence.TokenEnd; i++)
            {
                var t = tokens[i];
                if (covered.Contains(i) || !t.Capitalized || t.Kind != TokenKind.Word || PartOfLongerName(tokens, covered, sentence, i))
                {
                    continue;
                }
                var bearers = surnames.Bearers(t.Norm);
                var inArticle = sharedInArticle.Contains(t.Norm);
                if (bearers.Count == 0 && !inArticle)
                {
                    continue;
                }
                var rule = inArticle ? "surname shared by several people in the article"
                    : "surname of several known people (" + string.Join(", ", bearers.Take(3).Select(p => p.Name)) + ")";
                yield return MentionFactory.Unknown(text, tokens, sentence.Index, i, i + 1, "PERSON", rule, 0.6) with
                {
                    Country = inArticle ? null : SurnameIndex.SharedCountry(bearers),
                };
            }
        }
    }

    /// <summary>A word next to another capitalised, unexplained word belongs to a name Entente does not know.</summary>
    private bool PartOfLongerName(IReadOnlyList<Token> tokens, HashSet<int> covered, Sentence sentence, int i)
    {
        bool NameLike(Token t) => t.Kind == TokenKind.Word && t.Capitalized && !words.Is(t.Norm, "SKIP");
        return i + 1 < sentence.TokenEnd && !covered.Contains(i + 1) && NameLike(tokens[i + 1])
            || i > sentence.TokenStart && !covered.Contains(i - 1) && NameLike(tokens[i - 1]);
    }
}
