using Entente.Tests.Support;
using Entente.Text;

namespace Entente.Tests.Events;

public class PatternNumberingTests
{
    [Fact]
    public void ThePipelinesVocabularyHoldsEveryPatternWordUnderItsPatternNumber()
    {
        var pipeline = Some.Pipeline;
        var byNumber = pipeline.Patterns.NumberedBy(pipeline.Lexicon.Matcher.Vocabulary);
        Assert.NotNull(byNumber);
        var vocabulary = pipeline.Lexicon.Matcher.Vocabulary;
        foreach (var word in pipeline.Patterns.Words)
        {
            Assert.Equal(pipeline.Patterns.WordId(word), byNumber[vocabulary.Find(word)]);
        }
        // A word no pattern uses maps to none.
        Assert.Equal(-1, byNumber[vocabulary.Find("pyongyang")]);
        Assert.Equal(-1, byNumber[0]);
    }

    [Fact]
    public void AVocabularyLackingAPatternWordIsNotUsedForNumbers()
    {
        Assert.Null(Some.Pipeline.Patterns.NumberedBy(Vocabulary.Common));
    }

    [Fact]
    public void TheSameSentenceCodesTheSameWhetherTokensAreNumberedOrNot()
    {
        var text = "Venezuela signed a military cooperation agreement with North Korea on Tuesday, officials said.";
        var numbered = Some.Code(text, new DateOnly(2019, 10, 1));
        var plain = new Entente.Documents.Document(numbered.Article);
        new TextStage().Process(plain, CancellationToken.None);
        foreach (var stage in Some.Pipeline.Stages.Skip(1))
        {
            stage.Process(plain, CancellationToken.None);
        }
        Assert.Same(Vocabulary.Common, plain.Vocabulary);
        Assert.NotEmpty(numbered.Events);
        static string Coded(Entente.Events.Event e) => $"{e.Cameo.Code} {string.Join('/', e.Source.Select(a => a.Code))} {string.Join('/', e.Target.Select(a => a.Code))}";
        Assert.Equal(numbered.Events.Select(Coded), plain.Events.Select(Coded));
    }
}
