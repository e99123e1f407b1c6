using Entente.Ingest;
using Entente.Tests.Support;

namespace Entente.Tests.Ingest;

public class BoilerplateDetectorTests
{
    private const string Story = """
        Ministers Meet in Oslo

        Norway's foreign minister greets her Finnish counterpart at the ministry in Oslo
        JOHN SMITH/NTB/AFP via Getty Images

        OSLO, May 3, 2024 — Norway and Finland signed a fisheries agreement on Friday.

        The deal covers the Barents Sea.

        Follow Jane Roe on X at @janeroe.

        Comments (12)

        Great article, thanks!
        """;

    [Fact]
    public void CaptionCreditFooterAndCommentsAreFound()
    {
        var article = Some.Article(Story);
        var kinds = article.Boilerplate.Select(b => (b.Kind, Text: article.Text[b.Span.Start..b.Span.End])).ToList();
        Assert.Contains(kinds, k => k.Kind == "caption" && k.Text.StartsWith("Norway's foreign minister greets", StringComparison.Ordinal));
        Assert.Contains(kinds, k => k.Kind == "credit" && k.Text == "JOHN SMITH/NTB/AFP via Getty Images");
        Assert.Contains(kinds, k => k.Kind == "footer" && k.Text.StartsWith("Follow Jane Roe", StringComparison.Ordinal));
        var comments = Assert.Single(kinds, k => k.Kind == "comments");
        Assert.Contains("Great article", comments.Text);
    }

    [Fact]
    public void BodyAndTitleAreNotBoilerplate()
    {
        var article = Some.Article(Story);
        Assert.Equal("Ministers Meet in Oslo", article.Title);
        Assert.DoesNotContain(article.Boilerplate, b => article.Text[b.Span.Start..b.Span.End].Contains("fisheries", StringComparison.Ordinal));
    }

    [Fact]
    public void DatelineGivesPlaceAndPublicationDate()
    {
        var article = Some.Article(Story, published: null) with { };
        var fromDateline = new PlainTextReader(BoilerplateDetector.Default).Read("x", "test", Story, null);
        Assert.Equal(new DateOnly(2024, 5, 3), fromDateline.Published);
        Assert.Equal("Oslo", fromDateline.DatelinePlace);
        Assert.NotNull(article.Dateline);
    }

    [SkippableFact]
    public void TheSeedArticlesCaptionCreditAndFooterAreBoilerplate()
    {
        var path = SharedData.Require("seed/article.txt");
        var article = new PlainTextReader(BoilerplateDetector.Default).Read("seed", path, File.ReadAllText(path), new DateOnly(2019, 10, 1));
        var texts = article.Boilerplate.Select(b => article.Text[b.Span.Start..b.Span.End]).ToList();
        Assert.Contains(texts, t => t.StartsWith("TOPSHOT", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Getty Images", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Follow ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("COMMENTS", StringComparison.Ordinal));
    }
}
