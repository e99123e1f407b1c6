using Entente.Events;
using Entente.Text;

namespace Entente.Tests.Events;

public class WordBitsTests
{
    [Fact]
    public void ASentenceCoversTheWordsItHasAndNotOnesItLacks()
    {
        var tokens = Tokenizer.Tokenize("The minister did not attend the summit in Caracas.");
        var sentence = WordBits.Of(tokens, 0, tokens.Count);
        Assert.True(sentence.Covers(WordBits.Of(["did", "not"])));
        Assert.True(sentence.Covers(WordBits.Of(["caracas"])));
        Assert.True(sentence.Covers(default));
        // "refused" differs from every word of the sentence in length or first or last letter.
        Assert.False(sentence.Covers(WordBits.Of(["refused"])));
        Assert.False(sentence.Covers(WordBits.Of(["not", "refused"])));
    }

    [Fact]
    public void OnlyTheGivenRangeOfTokensCounts()
    {
        var tokens = Tokenizer.Tokenize("They refused. The talks went on.");
        var second = WordBits.Of(tokens, 3, tokens.Count);
        Assert.False(second.Covers(WordBits.Of(["refused"])));
        Assert.True(WordBits.Of(tokens, 0, 3).Covers(WordBits.Of(["refused"])));
    }
}
