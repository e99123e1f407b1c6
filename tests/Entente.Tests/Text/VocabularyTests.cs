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

    [Fact]
    public void EveryWordPathGivesTheFoldedWordItsNumberAndFlags()
    {
        // Plain ASCII words take the one-pass path; words with dots, apostrophes, accents or over 32 letters the
        // general one. Both must fold, number and flag a word alike.
        const string text = "KCNA said Kim JONG-UN met G20 envoys in Pyongyang; Gen. Ri Yong Ho of the U.S. and Ch'oe Ryong-hae " +
            "of the DPRK's iPhone-using Vice-Chairman Kím arrived with Internationalisationsbeauftragtenkommission 1960s.";
        var vocabulary = new Vocabulary(["pyongyang", "kim", "jong", "un", "kcna", "dprk", "ch'oe", "g20", "internationalisationsbeauftragtenkommission"]);
        var tokens = Tokenizer.Tokenize(text, vocabulary);
        foreach (var token in tokens.Where(t => t.Kind != TokenKind.Punct))
        {
            var written = text[token.Start..token.End];
            Assert.Equal(TextFolding.Fold(written), token.Norm);
            Assert.Equal(vocabulary.Find(token.Norm), token.Word);
            Assert.Equal(char.IsUpper(written[0]), token.Capitalized);
            Assert.Equal(token.Kind == TokenKind.Word && written.Any(char.IsLetter) && !written.Any(char.IsLower), token.AllCaps);
        }
        string[] expected = ["kcna", "said", "kim", "jong", "-", "un", "met", "g20", "envoys", "in", "pyongyang", ";", "gen.", "ri",
            "yong", "ho", "of", "the", "u.s.", "and", "ch'oe", "ryong", "-", "hae", "of", "the", "dprk", "'s", "iphone", "-", "using",
            "vice", "-", "chairman", "kim", "arrived", "with", "internationalisationsbeauftragtenkommission", "1960s", "."];
        Assert.Equal(expected, tokens.Select(t => t.Norm));
        Assert.All(["kcna", "kim", "un", "g20", "dprk", "ch'oe", "internationalisationsbeauftragtenkommission"],
            word => Assert.Contains(tokens, t => t.Norm == word && t.Word > 0));
        Assert.True(tokens[0].AllCaps && tokens[3].AllCaps && !tokens[2].AllCaps);
    }

    [Fact]
    public void ManyWordsAreAllFoundAndOthersAreNot()
    {
        // Enough words to fill the table well past its first few slots: every one is found, by number, in order.
        var words = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var vocabulary = new Vocabulary(words);
        var numbers = words.Select(vocabulary.Find).ToArray();
        Assert.DoesNotContain(0, numbers);
        Assert.Equal(numbers.Length, numbers.Distinct().Count());
        Assert.All(words, w => Assert.Equal(w, vocabulary.WordAt(vocabulary.Find(w))));
        Assert.Equal(0, vocabulary.Find("w-absent"));
        Assert.Equal(0, vocabulary.Find(""));
    }
}
