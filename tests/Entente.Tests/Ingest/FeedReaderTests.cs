using Entente.Ingest;

namespace Entente.Tests.Ingest;

public sealed class FeedReaderTests
{
    // Feeds written for these tests, shaped like the RSS 2.0 and Atom files news sites publish.
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Harbour Times</title>
            <link>https://harbour-times.example/</link>
            <item>
              <title>Manila and Tokyo seal defence pact</title>
              <link>https://harbour-times.example/2025/06/04/defence-pact</link>
              <guid>ht-2025-0604-1</guid>
              <pubDate>Wed, 04 Jun 2025 08:30:00 GMT</pubDate>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>The Philippines and Japan signed a defence cooperation agreement in Manila on Tuesday, officials said.</p><p>The deal lets troops train on each other's soil.</p>]]></content:encoded>
            </item>
            <item>
              <title>Ferry services resume</title>
              <link>https://harbour-times.example/2025/06/05/ferries</link>
              <pubDate>Thu, 05 Jun 2025 06:00:00 EST</pubDate>
              <description>&lt;p&gt;Ferry services between the islands resumed on Thursday after the storm.&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Pacific Wire</title>
          <entry>
            <title>Japan, Philippines sign defence accord</title>
            <id>urn:pacific-wire:88112</id>
            <link rel="alternate" href="https://pacific-wire.example/a/88112"/>
            <published>2025-06-04T09:15:00Z</published>
            <content type="html">&lt;p&gt;Tokyo and Manila signed a defence pact on Tuesday in the Philippine capital.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;

    [Fact]
    public void Rss_items_become_articles_with_title_link_date_and_outlet()
    {
        var items = FeedReader.Read(Rss);
        Assert.Equal(2, items.Count);
        var first = items[0];
        Assert.Equal(("Manila and Tokyo seal defence pact", "https://harbour-times.example/2025/06/04/defence-pact", "ht-2025-0604-1"),
            (first.Title, first.Url, first.Id));
        Assert.Equal(new DateOnly(2025, 6, 4), first.Published);
        Assert.Equal("Harbour Times", first.Outlet);
        Assert.Contains("signed a defence cooperation agreement", first.Html);
        // A zone name .NET does not know still gives the day.
        Assert.Equal(new DateOnly(2025, 6, 5), items[1].Published);
        Assert.Contains("Ferry services", items[1].Html);
    }

    [Fact]
    public void Atom_entries_become_articles()
    {
        var entry = Assert.Single(FeedReader.Read(Atom));
        Assert.Equal(("urn:pacific-wire:88112", "https://pacific-wire.example/a/88112", "Pacific Wire"), (entry.Id, entry.Url, entry.Outlet));
        Assert.Equal(new DateOnly(2025, 6, 4), entry.Published);
    }

    [Fact]
    public void A_saved_feed_file_is_read_into_one_article_per_item_with_text_and_outlet()
    {
        var path = Path.Combine(Path.GetTempPath(), $"feed-{Guid.NewGuid():N}.rss");
        File.WriteAllText(path, Rss);
        try
        {
            var items = new InputReader(new IngestOptions()).Read([path]).ToList();
            Assert.Equal(2, items.Count);
            var article = items[0].Article!;
            Assert.Equal("feed", article.Format);
            Assert.Equal("Harbour Times", article.Outlet);
            Assert.Equal(new DateOnly(2025, 6, 4), article.Published);
            Assert.Contains("The Philippines and Japan signed a defence cooperation agreement", article.Text);
            Assert.DoesNotContain("<p>", article.Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_broken_feed_is_one_clear_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"feed-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, "<rss version=\"2.0\"><channel><item><title>cut off");
        try
        {
            var item = Assert.Single(new InputReader(new IngestOptions()).Read([path]));
            Assert.NotNull(item.Error);
            Assert.Contains("not a readable feed", item.Error!.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_jsonl_batch_larger_than_the_article_limit_is_streamed_record_by_record()
    {
        var path = Path.Combine(Path.GetTempPath(), $"batch-{Guid.NewGuid():N}.jsonl");
        var line = "{\"id\": \"n{0}\", \"outlet\": \"Morning Ledger\", \"text\": \"Kenya and Tanzania held talks on border trade in Arusha on Monday.\"}";
        File.WriteAllLines(path, Enumerable.Range(0, 20_000).Select(i => line.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        try
        {
            Assert.True(new FileInfo(path).Length > 1024 * 1024);
            var items = new InputReader(new IngestOptions { MaxBytes = 1024 * 1024 }).Read([path]).ToList();
            Assert.Equal(20_000, items.Count);
            Assert.All(items, i => Assert.Null(i.Error));
            Assert.Equal("Morning Ledger", items[^1].Article!.Outlet);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
