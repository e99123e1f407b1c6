using Entente.Events;
using Entente.Tests.Support;
using Entente.Text;

namespace Entente.Tests.Events;

public class DateFinderTests
{
    private static readonly DateOnly Tuesday = new(2019, 10, 1);

    private static TemporalExpression One(string sentence, DateOnly published)
    {
        var article = Some.Article(sentence, published);
        var tokens = Tokenizer.Tokenize(article.Text);
        var s = SentenceSplitter.Split(article, tokens)[0];
        return Assert.Single(new DateFinder().Find(article.Text, tokens, s, published));
    }

    [Theory]
    [InlineData("The minister arrived on Tuesday.", "2019-10-01", null, "day")]
    [InlineData("The minister arrived on Friday.", "2019-09-27", null, "day")]
    [InlineData("The minister arrived last Tuesday.", "2019-09-24", null, "day")]
    [InlineData("Talks were held this week.", "2019-09-30", "2019-10-01", "day")]
    [InlineData("An embassy opened last month.", "2019-09-01", "2019-09-30", "month")]
    [InlineData("The delegation stayed from September 24-27.", "2019-09-24", "2019-09-27", "day")]
    [InlineData("The treaty was signed on 12 March 2018.", "2018-03-12", null, "day")]
    [InlineData("Troops withdrew in 2015.", "2015-01-01", "2015-12-31", "year")]
    [InlineData("Shelling resumed three days ago.", "2019-09-28", null, "day")]
    [InlineData("The vote took place yesterday.", "2019-09-30", null, "day")]
    public void RelativeAndAbsoluteDatesResolveAgainstThePublicationDate(string sentence, string start, string? end, string precision)
    {
        var expr = One(sentence, Tuesday);
        Assert.Equal(DateOnly.Parse(start), expr.Start);
        Assert.Equal(end is null ? null : DateOnly.Parse(end), expr.End);
        Assert.Equal(precision, expr.Precision);
    }

    [Fact]
    public void AMonthAfterThePublicationDateBelongsToTheYearBefore()
    {
        var expr = One("Negotiators met on December 12.", new DateOnly(2024, 1, 10));
        Assert.Equal(new DateOnly(2023, 12, 12), expr.Start);
    }

    [Fact]
    public void AWeekdayInAPlanLooksAhead()
    {
        var expr = One("The envoy will travel to Seoul on Friday.", Tuesday);
        Assert.Equal(new DateOnly(2019, 10, 4), expr.Start);
        Assert.True(expr.Future);
    }

    [Fact]
    public void TheVerbMayIsNotAMonth()
    {
        var article = Some.Article("Officials may meet again soon.", Tuesday);
        var tokens = Tokenizer.Tokenize(article.Text);
        Assert.Empty(new DateFinder().Find(article.Text, tokens, SentenceSplitter.Split(article, tokens)[0], Tuesday));
    }
}
