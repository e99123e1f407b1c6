using Entente.Text;

namespace Entente.Tests.Text;

public class VocabularyTests
{
    private static readonly Vocabulary Words = new(["pyongyang", "vice-chairman", "kim"]);

    [Fact]
    public void TokensCarryTheirWordsNumberAndTheVocabularysString()
    {
        var tokens = Tokenizer.Tokenize("The delegation flew to PYONGYANG on Tuesday.", Words);
        var pyongyang = tokens[4];
        Assert.Equal("pyongyang", pyongyang.Norm);
        Assert.Equal(Words.Find("pyongyang"), pyongyang.Word);
        Assert.True(pyongyang.Word > 0);
        // The same folded word anywhere in the text is one string, the vocabulary's.
        Assert.Same(pyongyang.Norm, Tokenizer.Tokenize("Pyongyang", Words)[0].Norm);
    }

    [Fact]
    public void CommonWordsAreInEveryVocabularyAndOtherWordsAreNumberedZero()
    {
        var tokens = Tokenizer.Tokenize("the delegation", Words);
        Assert.True(tokens[0].Word > 0);
        Assert.Equal(Vocabulary.Common.Find("the"), Words.Find("the"));
        Assert.Equal(0, tokens[1].Word);
        Assert.Equal(0, Vocabulary.Common.Find("pyongyang"));
    }

    [Fact]
    public void PunctuationIsNeverNumberedAndSlowPathsAreNumberedToo()
    {
        var tokens = Tokenizer.Tokenize("Kim, Kím", Words);
        Assert.Equal(0, tokens[1].Word);
        // "Kím" folds through Unicode decomposition, not the fast path: it is still the word "kim".
        Assert.Equal(Words.Find("kim"), tokens[2].Word);
        Assert.Equal(tokens[0].Word, tokens[2].Word);
    }
}
