using System.Globalization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Entente.Documents;

namespace Entente.Ingest;

/// <summary>Reads a news page: SmartReader (Readability) finds the story, AngleSharp reads the metadata
/// (title, publication date, canonical URL). Nothing is fetched from the network.</summary>
public sealed class HtmlArticleReader(PlainTextReader plain)
{
    private static readonly string[] DateMeta =
    [
        "article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate",
        "DC.date.issued", "dc.date", "sailthru.date", "parsely-pub-date", "article.published",
    ];

    /// <summary>Reads one page.</summary>
    public Article Read(string id, string source, string html, DateOnly? fallbackDate, string? url = null)
    {
        var parser = new HtmlParser();
        var page = parser.ParseDocument(html);
        url ??= CanonicalUrl(page);
        var published = PublishedDate(page) ?? fallbackDate;
        var readable = SmartReader.Reader.ParseArticle(url ?? "https://localhost/article", html);
        var title = Clean(readable.Title) ?? Clean(page.QuerySelector("h1")?.TextContent) ?? Clean(page.Title);
        var body = "";
        if (readable.IsReadable && !string.IsNullOrWhiteSpace(readable.Content))
        {
            body = HtmlText.Render(parser.ParseDocument(readable.Content).Body!);
        }
        if (body.Length == 0)
        {
            // Readability found no story: fall back to the page's own paragraphs.
            body = string.Join("\n\n", page.QuerySelectorAll("p").Select(p => HtmlText.Render(p)).Where(t => t.Length > 0));
        }
        if (body.Trim().Length == 0)
        {
            throw new IngestException(IngestErrors.NoArticle, "no readable article text in this HTML page");
        }
        if (title is not null && body.StartsWith(title, StringComparison.Ordinal))
        {
            body = body[title.Length..].TrimStart();
        }
        var text = title is null ? body : title + "\n\n" + body;
        var article = plain.Read(id, source, text, published, title: null, url);
        return article with { Format = "html", Published = published ?? article.Published };
    }

    private static string? Clean(string? s) =>
        string.IsNullOrWhiteSpace(s) ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? CanonicalUrl(IHtmlDocument page) =>
        page.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
        ?? page.QuerySelector("meta[property='og:url']")?.GetAttribute("content");

    private static DateOnly? PublishedDate(IHtmlDocument page)
    {
        foreach (var name in DateMeta)
        {
            var meta = page.QuerySelector($"meta[property='{name}'], meta[name='{name}'], meta[itemprop='{name}']");
            if (ParseDate(meta?.GetAttribute("content")) is { } d)
            {
                return d;
            }
        }
        return ParseDate(page.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            return DateOnly.FromDateTime(dto.DateTime); // the date as the page wrote it, in its own time zone
        }
        return value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", out var d) ? d : null;
    }
}
