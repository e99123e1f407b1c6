using Entente.Text;

namespace Entente.Tests.Text;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Pyongyang", "pyongyang")]
    [InlineData("KCNA", "kcna")]
    [InlineData("don’t", "don't")]
    [InlineData("Ch‘oe", "ch'oe")]
    [InlineData("Jong‐un", "jong-un")]
    [InlineData("Montesino", "montesino")]
    [InlineData("Chávez", "chavez")]
    [InlineData("Łukaszenka", "lukaszenka")]
    [InlineData("Straße", "strase")]
    [InlineData("Пхеньян", "pkhen'yan")]
    public void FoldsCaseMarksApostrophesAndScripts(string written, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(written));

    [Fact]
    public void LongWordsFoldLikeShortOnes()
    {
        var word = "Internationalisation" + new string('s', 20);
        Assert.Equal(word.ToLowerInvariant(), TextFolding.Fold(word));
        Assert.Equal("abcdefghijklmnopqrstuvwxyz-abcdefghij'k", TextFolding.Fold("ABCDEFGHIJKLMNOPQRSTUVWXYZ–ABCDEFGHIJ’K"));
    }

    [Fact]
    public void CommonWordsShareOneString()
    {
        // The tokenizer hands out one instance per common word instead of a new string per occurrence.
        var tokens = Tokenizer.Tokenize("The minister said the talks would go on. THE END.");
        var the = tokens.Where(t => t.Norm == "the").Select(t => t.Norm).ToList();
        Assert.Equal(3, the.Count);
        Assert.All(the, s => Assert.Same(the[0], s));
    }
}
