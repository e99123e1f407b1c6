using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Entente.Ingest;

/// <summary>Reads saved RSS 2.0 and Atom feeds into items, one article each.</summary>
/// <remarks>Feeds are XML from strangers: DTDs are refused and nothing external is resolved.</remarks>
public static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>True when the text starts like an RSS or Atom document.</summary>
    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048));
        return head.TrimStart().StartsWith("<", StringComparison.Ordinal)
            && (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The feed's items, in document order.</summary>
    /// <exception cref="IngestException">The text is not well-formed XML or not a feed.</exception>
    public static IReadOnlyList<FeedItem> Read(string xml)
    {
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new IngestException(IngestErrors.NoArticle, $"not a readable feed (line {e.LineNumber}: {e.Message.Split('\n')[0]})");
        }
        var root = doc.Root!;
        if (root.Name.LocalName == "rss" || root.Name.LocalName == "RDF")
        {
            var channel = root.Element("channel");
            var outlet = Clean(channel?.Element("title")?.Value);
            return root.Descendants().Where(e => e.Name.LocalName == "item").Select(i => RssItem(i, outlet)).ToList();
        }
        if (root.Name == Atom + "feed")
        {
            var outlet = Clean(root.Element(Atom + "title")?.Value);
            return root.Elements(Atom + "entry").Select(e => AtomEntry(e, outlet)).ToList();
        }
        throw new IngestException(IngestErrors.NoArticle, $"XML root <{root.Name.LocalName}> is neither an RSS nor an Atom feed");
    }

    private static FeedItem RssItem(XElement item, string? outlet)
    {
        var html = item.Element(Content + "encoded")?.Value ?? Child(item, "description") ?? "";
        var date = Date(Child(item, "pubDate") ?? item.Element(Dc + "date")?.Value);
        return new FeedItem(Clean(Child(item, "guid")), Clean(Child(item, "title")), Clean(Child(item, "link")), date, html, outlet);
    }

    private static FeedItem AtomEntry(XElement entry, string? outlet)
    {
        var link = entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        var html = entry.Element(Atom + "content")?.Value ?? entry.Element(Atom + "summary")?.Value ?? "";
        var date = Date(entry.Element(Atom + "published")?.Value ?? entry.Element(Atom + "updated")?.Value);
        return new FeedItem(Clean(entry.Element(Atom + "id")?.Value), Clean(entry.Element(Atom + "title")?.Value),
            Clean((string?)link?.Attribute("href")), date, html, outlet);
    }

    private static string? Child(XElement e, string name) => e.Elements().FirstOrDefault(c => c.Name.LocalName == name)?.Value;

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    // RSS uses RFC 822 dates ("Tue, 24 Sep 2019 10:00:00 GMT"), Atom and Dublin Core ISO 8601.
    private static DateOnly? Date(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var v = value.Trim();
        if (DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return DateOnly.FromDateTime(parsed.UtcDateTime);
        }
        // "Tue, 24 Sep 2019 10:00:00 EST": drop the weekday and the zone name .NET does not know.
        var parts = v.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 4 && DateOnly.TryParseExact(string.Join(' ', parts[1..4]), "d MMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        return null;
    }
}
