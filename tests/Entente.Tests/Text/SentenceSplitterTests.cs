using Entente.Tests.Support;
using Entente.Text;

namespace Entente.Tests.Text;

public class SentenceSplitterTests
{
    private static List<string> Split(string text)
    {
        var article = Some.Article(text);
        var tokens = Tokenizer.Tokenize(article.Text);
        return [.. SentenceSplitter.Split(article, tokens).Select(s => article.Text[s.Span.Start..s.Span.End])];
    }

    [Fact]
    public void AbbreviationsDoNotEndSentences()
    {
        var sentences = Split("Gen. Valery Gerasimov met U.S. envoys on Sept. 12 in Geneva. The talks lasted four hours.");
        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("Gen. Valery", sentences[0]);
    }

    [Fact]
    public void AnInitialismCanEndASentenceBeforeACommonOpener()
    {
        var sentences = Split("The envoy flew to the U.S. He met officials there.");
        Assert.Equal(["The envoy flew to the U.S.", "He met officials there."], sentences);
    }

    [Fact]
    public void ClosingQuotesStayWithTheirSentence()
    {
        var sentences = Split("“We will not back down,” the minister said. “Never.” Talks resume Monday.");
        Assert.Equal(3, sentences.Count);
        Assert.EndsWith("said.", sentences[0]);
        Assert.Equal("“Never.”", sentences[1]);
    }

    [Fact]
    public void ParagraphsAlwaysSplitButWrappedLinesJoin()
    {
        var text = "Officials from both countries gathered in the capital on Monday to\ndiscuss the new border arrangements\n\nA second round is planned";
        var sentences = Split(text);
        Assert.Equal(2, sentences.Count);
        Assert.Contains("to\ndiscuss", sentences[0]);
    }

    [Fact]
    public void DashesDoNotSplit()
    {
        Assert.Single(Split("Agreements were concluded in all areas — technology, industry, military cooperation — the minister said."));
    }
}
