using Entente.Text;

namespace Entente.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void OffsetsPointBackIntoTheText()
    {
        const string text = "Cuba's vice-attorney general, Alina Montesino Li, visited Pyongyang.";
        foreach (var token in Tokenizer.Tokenize(text))
        {
            Assert.True(token.End > token.Start);
            if (token.Kind == TokenKind.Word && token.Norm != "'s")
            {
                Assert.Equal(token.Norm, TextFolding.Fold(text.AsSpan()[token.Start..token.End]));
            }
        }
    }

    [Fact]
    public void PossessiveCliticIsItsOwnToken()
    {
        var norms = Tokenizer.Tokenize("North Korea’s nuclear program").Select(t => t.Norm).ToArray();
        Assert.Equal(["north", "korea", "'s", "nuclear", "program"], norms);
    }

    [Fact]
    public void HyphenInsideAWordIsATransparentJoiner()
    {
        var tokens = Tokenizer.Tokenize("Kim Jong-un");
        Assert.Equal(["kim", "jong", "-", "un"], tokens.Select(t => t.Norm));
        Assert.True(tokens[2].Joiner);
        Assert.True(tokens[2].Transparent);
    }

    [Fact]
    public void InitialismsAndKnownAbbreviationsKeepTheirDots()
    {
        var tokens = Tokenizer.Tokenize("The U.S. and Gen. Smith met on Sept. 24.");
        Assert.Contains(tokens, t => t.Norm == "u.s." && t.AllCaps);
        Assert.Contains(tokens, t => t.Norm == "gen.");
        Assert.Contains(tokens, t => t.Norm == "sept.");
        Assert.Equal(".", tokens[^1].Norm);
    }

    [Fact]
    public void DiacriticsAndCurlyApostrophesFold()
    {
        Assert.Equal("nicolas", Tokenizer.Tokenize("Nicolás")[0].Norm);
        Assert.Equal("ch'oe", Tokenizer.Tokenize("Ch’oe")[0].Norm);
        Assert.Equal("kim jong un", TextFolding.FoldName("KIM Jong-Un"));
    }

    [Fact]
    public void NumbersKeepSeparatorsAndOrdinalSuffixes()
    {
        var norms = Tokenizer.Tokenize("$1,200.50 for the 70th time").Select(t => t.Norm).ToArray();
        Assert.Equal(["$", "1,200.50", "for", "the", "70th", "time"], norms);
    }
}
