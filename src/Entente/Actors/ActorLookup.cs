using Entente.Knowledge;
using Entente.Text;

namespace Entente.Actors;

/// <summary>Answers "what does Entente know about NAME?": every dictionary entry the name matches,
/// and for people the office held on a date. Used by <c>entente actors show</c>.</summary>
public sealed class ActorLookup(ActorLexicon lexicon)
{
    /// <summary>The entries whose phrase is exactly <paramref name="name"/> (folded), best first.</summary>
    public IReadOnlyList<LexEntry> Find(string name)
    {
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Count > 1 && tokens[0].Norm == "the")
        {
            tokens.RemoveAt(0); // "the Kremlin" is listed as "Kremlin"
        }
        if (tokens.Count == 0)
        {
            return [];
        }
        // Look the phrase up as if it were capitalised text, so that lower-case queries still find names.
        var capitalised = tokens.Select(t => t with { Capitalized = true, AllCaps = t.AllCaps || t.Kind == TokenKind.Word && t.Norm.Length <= 3 && name.Any(char.IsUpper) }).ToList();
        var match = lexicon.Matcher.MatchAt(capitalised, 0, capitalised.Count);
        return match is { } m && m.TokenEnd == capitalised.Count ? m.Entries : [];
    }

    /// <summary>What an entry says about the actor it names: type, canonical name, country, sector.</summary>
    public static (string? Type, string? Name, string? Country, string? Sector) Describe(LexEntry entry)
    {
        var (type, _, name, country, sector) = MentionFactory.Describe(entry);
        return (type, name, country, sector);
    }
}
