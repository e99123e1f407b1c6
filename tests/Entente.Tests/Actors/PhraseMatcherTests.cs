using Entente.Actors;
using Entente.Text;

namespace Entente.Tests.Actors;

public class PhraseMatcherTests
{
    private static readonly LexEntry Korea = new(LexKind.Country, "Korea", "test", CaseSensitive: false);
    private static readonly LexEntry NorthKorea = new(LexKind.Country, "North Korea", "test", CaseSensitive: false);
    private static readonly LexEntry NorthKoreanArmy = new(LexKind.Organisation, "North Korean People's Army", "test", CaseSensitive: false);
    private static readonly LexEntry Us = new(LexKind.Country, "US", "test", CaseSensitive: true);
    private static readonly LexEntry UsOfficials = new(LexKind.Agent, "US officials", "test", CaseSensitive: true);
    private static readonly LexEntry Officials = new(LexKind.Agent, "officials", "test", CaseSensitive: false);

    private static readonly PhraseMatcher Matcher = new([
        ("Korea", Korea), ("North Korea", NorthKorea), ("North Korean People's Army", NorthKoreanArmy),
        ("US", Us), ("US officials", UsOfficials), ("officials", Officials),
    ]);

    /// <summary>The match at a token, found both by word (plain tokens) and by word number (tokens numbered by the
    /// matcher's vocabulary, as the pipeline reads them): the two must agree.</summary>
    private static (string Text, IReadOnlyList<LexEntry> Entries)? At(string text, int token)
    {
        var tokens = Tokenizer.Tokenize(text);
        var numbered = Tokenizer.Tokenize(text, Matcher.Vocabulary);
        var byWord = Matcher.MatchAt(tokens, token, tokens.Count);
        var byNumber = Matcher.MatchAt(numbered, token, numbered.Count, Matcher.Vocabulary);
        Assert.Equal(byWord?.TokenEnd, byNumber?.TokenEnd);
        Assert.Equal(byWord?.Entries, byNumber?.Entries);
        return byWord is { } m ? (text[tokens[m.TokenStart].Start..tokens[m.TokenEnd - 1].End], m.Entries) : null;
    }

    [Fact]
    public void TokensNumberedByAnotherVocabularyAreMatchedByWord()
    {
        // Numbers from a different vocabulary mean other words: the matcher must not read them.
        var other = new Vocabulary(["zambia", "korea", "north", "officials"]);
        var tokens = Tokenizer.Tokenize("officials in North Korea", other);
        Assert.NotEqual(Matcher.Vocabulary.Find("north"), tokens[2].Word);
        Assert.Equal(1, Matcher.MatchAt(tokens, 0, tokens.Count, other)?.TokenEnd);
        Assert.Equal(4, Matcher.MatchAt(tokens, 2, tokens.Count, other)?.TokenEnd);
    }

    [Fact]
    public void AnyKindOfTokenListIsMatchedLikeTheTokenizersOwn()
    {
        // The pipeline's tokens are a List; a caller may hand an array or a read-only wrapper, read through a copy.
        var tokens = Tokenizer.Tokenize("US officials met North Korean People's Army officers", Matcher.Vocabulary);
        IReadOnlyList<Token>[] lists = [tokens, tokens.ToArray(), tokens.AsReadOnly()];
        foreach (var list in lists)
        {
            // "US officials" is an acronym phrase: in capitals only.
            Assert.Equal([Us], Matcher.MatchAt(list, 0, list.Count, Matcher.Vocabulary)?.Entries);
            Assert.Equal([Officials], Matcher.MatchAt(list, 1, list.Count, Matcher.Vocabulary)?.Entries);
            Assert.Equal(8, Matcher.MatchAt(list, 3, list.Count, Matcher.Vocabulary)?.TokenEnd);
            Assert.Null(Matcher.MatchAt(list, 2, list.Count, Matcher.Vocabulary));
        }
    }

    [Fact]
    public void TheLongestPhraseWins()
    {
        Assert.Equal("North Korea", At("North Korea fired a missile", 0)?.Text);
        Assert.Equal("North Korean People's Army", At("North Korean People's Army units moved", 0)?.Text);
    }

    [Fact]
    public void APhraseThatStopsShortFallsBackToTheLongestThatEnds()
    {
        // "North Korean People's" is a path in the tree but no phrase; "North" alone is none either.
        Assert.Null(At("North Korean People's choir", 0));
        Assert.Equal("Korea", At("South Korea", 1)?.Text);
    }

    [Fact]
    public void HyphensAndCaseDoNotMatterButAcronymsMustBeCapitals()
    {
        Assert.Equal("NORTH-KOREA", At("NORTH-KOREA said", 0)?.Text);
        // A case-sensitive phrase must be in capitals throughout; else the shorter one that is.
        Assert.Equal("US OFFICIALS", At("US OFFICIALS SAID", 0)?.Text);
        Assert.Equal("US", At("US officials said", 0)?.Text);
        // "us officials" is no acronym: neither the longer phrase nor "us" is allowed.
        Assert.Null(At("told us officials were", 1));
        Assert.Equal("officials", At("told us officials were", 2)?.Text);
    }

    [Fact]
    public void NamesNeedACapitalAgentNounsDoNot()
    {
        Assert.Null(At("north korea", 0));
        Assert.Equal([Officials], At("the officials met", 1)?.Entries);
    }
}
