using Entente.Ingest;

namespace Entente.Tests.Ingest;

public class HtmlArticleReaderTests
{
    private const string Page = """
        <!doctype html>
        <html><head>
          <title>Chile and Peru sign water pact | Example News</title>
          <meta property="article:published_time" content="2024-06-02T21:15:00-05:00">
          <link rel="canonical" href="https://news.example.test/chile-peru-water">
          <script>window.tracker = 1;</script>
        </head><body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <article>
            <h1>Chile and Peru sign water pact</h1>
            <figure><img src="x.jpg"><figcaption>The two foreign ministers shake hands in Lima.</figcaption></figure>
            <p>Chile and Peru signed an agreement on Sunday to share water from the Lauca basin, ending a dispute that had lasted for years between the two neighbours.</p>
            <p>The foreign ministers of both countries met in Lima for the ceremony, which was attended by officials from several regional governments and international observers.</p>
            <p>Bolivia criticised the deal, saying it had not been consulted about the river, which rises on its territory and crosses the border before reaching the sea.</p>
          </article>
          <aside><h3>Related stories</h3><ul><li>Argentina expels diplomats</li></ul></aside>
          <footer>© 2024 Example News</footer>
        </body></html>
        """;

    [Fact]
    public void MainTextAndMetadataAreExtracted()
    {
        var article = new HtmlArticleReader(new PlainTextReader(BoilerplateDetector.Default)).Read("p1", "page.html", Page, null);
        Assert.Equal(new DateOnly(2024, 6, 2), article.Published);
        Assert.Equal("https://news.example.test/chile-peru-water", article.Url);
        Assert.StartsWith("Chile and Peru sign water pact", article.Text);
        Assert.Contains("Bolivia criticised the deal", article.Text);
        Assert.DoesNotContain("Related stories", article.Text);
        Assert.DoesNotContain("expels diplomats", article.Text);
        Assert.DoesNotContain("window.tracker", article.Text);
        Assert.DoesNotContain("shake hands", article.Text);
        Assert.Equal("html", article.Format);
    }

    [Fact]
    public void APageWithoutTextIsAnError()
    {
        var reader = new HtmlArticleReader(new PlainTextReader(BoilerplateDetector.Default));
        var e = Assert.Throws<IngestException>(() => reader.Read("p2", "empty.html", "<html><body><script>x()</script></body></html>", null));
        Assert.Equal(IngestErrors.NoArticle, e.Code);
    }
}
