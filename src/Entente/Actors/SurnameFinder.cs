using Entente.Documents;
using Entente.Text;

namespace Entente.Actors;

/// <summary>Types a lone capitalised surname as a person when no full name in the article explains it: a
/// surname shared by several known people ("Clinton", "Castro"), or by several people named in the same
/// article ("Wang" after "Wang Donghai" and "Wang Yi"). The person stays unresolved; only the type, and a
/// nationality every candidate shares, are claimed.</summary>
internal sealed class SurnameFinder(SurnameIndex surnames, NameWords words)
{
    /// <summary>The person mention for the capitalised word at <paramref name="i"/>, or null.</summary>
    /// <param name="covered">Per token of the article, whether it is already part of a mention.</param>
    /// <param name="sharedInArticle">Two people of the article carry this word.</param>
    public Mention? At(string text, IReadOnlyList<Token> tokens, Sentence sentence, int i, bool[] covered, bool sharedInArticle)
    {
        var bearers = surnames.Bearers(tokens[i].Norm);
        if (bearers.Count == 0 && !sharedInArticle || PartOfLongerName(tokens, covered, sentence, i))
        {
            return null;
        }
        var rule = sharedInArticle ? "surname shared by several people in the article"
            : "surname of several known people (" + string.Join(", ", bearers.Take(3).Select(p => p.Name)) + ")";
        return MentionFactory.Unknown(text, tokens, sentence.Index, i, i + 1, "PERSON", rule, 0.6) with
        {
            Country = sharedInArticle ? null : SurnameIndex.SharedCountry(bearers),
        };
    }

    /// <summary>A word next to another capitalised, unexplained word belongs to a name Entente does not know.</summary>
    private bool PartOfLongerName(IReadOnlyList<Token> tokens, bool[] covered, Sentence sentence, int i)
    {
        bool NameLike(Token t) => t.Kind == TokenKind.Word && t.Capitalized && !words.Is(t.Norm, "SKIP");
        return i + 1 < sentence.TokenEnd && !covered[i + 1] && NameLike(tokens[i + 1])
            || i > sentence.TokenStart && !covered[i - 1] && NameLike(tokens[i - 1]);
    }
}
