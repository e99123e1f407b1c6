using System.Globalization;
using System.Text.Json;

namespace Entente.Ingest;

/// <summary>Turns command-line paths into articles: files (text, HTML, JSONL), folders and stdin ("-").
/// One bad item becomes an error item; the rest of the batch goes on.</summary>
public sealed class InputReader
{
    private static readonly HashSet<string> FolderExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".rss", ".atom", ".xml",
    };

    /// <summary>The path that stands for standard input ("-" on the command line).</summary>
    public const string StdinPath = "<stdin>";

    private readonly IngestOptions _options;
    private readonly PlainTextReader _plain;
    private readonly HtmlArticleReader _html;
    private readonly Func<Stream> _stdin;

    /// <summary>Creates a reader; <paramref name="stdin"/> supplies standard input when a path is "-".</summary>
    public InputReader(IngestOptions options, Func<Stream>? stdin = null)
    {
        _options = options;
        _plain = new PlainTextReader(BoilerplateDetector.Default);
        _html = new HtmlArticleReader(_plain);
        _stdin = stdin ?? Console.OpenStandardInput;
    }

    /// <summary>Reads every path in order; folders are read in ordinal file-name order.</summary>
    public IEnumerable<IngestItem> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path is "-" or StdinPath)
            {
                foreach (var item in ReadStream("stdin", "stdin", _stdin))
                {
                    yield return item;
                }
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => FolderExtensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    foreach (var item in ReadFile(file))
                    {
                        yield return item;
                    }
                }
            }
            else
            {
                foreach (var item in ReadFile(path))
                {
                    yield return item;
                }
            }
        }
    }

    private IEnumerable<IngestItem> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            return [IngestItem.Fail(IngestErrors.Missing, path, "no such file or folder")];
        }
        // A batch can be far larger than one article: read it a line at a time, each line within the limit.
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJsonlFile(path);
        }
        return ReadStream(path, Path.GetFileNameWithoutExtension(path), () => File.OpenRead(path));
    }

    private IEnumerable<IngestItem> ReadJsonlFile(string path)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Fail(IngestErrors.Unreadable, path, e.Message)];
        }
        return ReadJsonlLines(path, reader);
    }

    private IEnumerable<IngestItem> ReadJsonlLines(string path, StreamReader reader)
    {
        using (reader)
        {
            var lineNumber = 0;
            while (true)
            {
                string? line;
                IngestItem? failure = null;
                try
                {
                    line = reader.ReadLine();
                }
                catch (IOException e)
                {
                    line = null;
                    failure = IngestItem.Fail(IngestErrors.Unreadable, $"{path}:{lineNumber + 1}", e.Message);
                }
                if (failure is not null)
                {
                    // A read failure ends the batch after what was read; the items before it stand.
                    yield return failure;
                    yield break;
                }
                if (line is null)
                {
                    yield break;
                }
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                var where = $"{path}:{lineNumber}";
                yield return line.Length * 2L > _options.MaxBytes
                    ? IngestItem.Fail(IngestErrors.TooLarge, where, $"record larger than the {_options.MaxBytes / (1024 * 1024)} MB limit for one article")
                    : ReadRecord(where, line, lineNumber);
            }
        }
    }

    private IEnumerable<IngestItem> ReadStream(string source, string id, Func<Stream> open)
    {
        byte[] bytes;
        try
        {
            using var stream = open();
            bytes = ReadLimited(stream);
        }
        catch (IngestException e)
        {
            return [IngestItem.Fail(e.Code, source, e.Message)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Fail(IngestErrors.Unreadable, source, e.Message)];
        }
        string text;
        try
        {
            text = TextDecoder.Decode(bytes);
        }
        catch (IngestException e)
        {
            return [IngestItem.Fail(e.Code, source, e.Message)];
        }
        if (source.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || LooksLikeJsonl(text))
        {
            return ReadJsonl(source, text);
        }
        if (FeedReader.LooksLikeFeed(text))
        {
            return ReadFeed(source, text);
        }
        return [Single(source, id, text)];
    }

    private IngestItem Single(string source, string id, string text)
    {
        try
        {
            var article = LooksLikeHtml(source, text)
                ? _html.Read(id, source, text, _options.DefaultDate)
                : _plain.Read(id, source, text, _options.DefaultDate);
            return IngestItem.Ok(article);
        }
        catch (IngestException e)
        {
            return IngestItem.Fail(e.Code, source, e.Message);
        }
    }

    private IEnumerable<IngestItem> ReadJsonl(string source, string text)
    {
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var where = $"{source}:{lineNumber}";
            yield return ReadRecord(where, line, lineNumber);
        }
    }

    private IEnumerable<IngestItem> ReadFeed(string source, string text)
    {
        IReadOnlyList<FeedItem> items;
        try
        {
            items = FeedReader.Read(text);
        }
        catch (IngestException e)
        {
            return [IngestItem.Fail(e.Code, source, e.Message)];
        }
        return items.Select((item, i) => ReadFeedItem(source, item, i + 1));
    }

    private IngestItem ReadFeedItem(string source, FeedItem item, int number)
    {
        var where = $"{source}#{number}";
        try
        {
            var id = item.Id ?? item.Url ?? number.ToString(CultureInfo.InvariantCulture);
            var date = item.Published ?? _options.DefaultDate;
            var html = $"<html><head><title>{System.Net.WebUtility.HtmlEncode(item.Title ?? "")}</title></head><body><article>{item.Html}</article></body></html>";
            var article = _html.Read(id, where, html, date, item.Url);
            return IngestItem.Ok(article with { Format = "feed", Title = item.Title ?? article.Title, Outlet = item.Outlet ?? OutletOf(item.Url) });
        }
        catch (IngestException e)
        {
            return IngestItem.Fail(e.Code, where, e.Message);
        }
    }

    /// <summary>The publisher a URL names: its host without "www.".</summary>
    public static string? OutletOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host).ToLowerInvariant()
            : null;

    private IngestItem ReadRecord(string where, string line, int lineNumber)
    {
        try
        {
            var record = JsonlRecord.Parse(line);
            var id = record.Id ?? lineNumber.ToString(CultureInfo.InvariantCulture);
            var date = ParseDate(record.Date) ?? _options.DefaultDate;
            if (!string.IsNullOrWhiteSpace(record.Html))
            {
                var article = _html.Read(id, where, record.Html.Replace("\r\n", "\n"), date, record.Url);
                return IngestItem.Ok(article with { Format = "jsonl", Title = record.Title ?? article.Title, Outlet = record.Outlet ?? OutletOf(record.Url ?? article.Url) });
            }
            if (record.Text is null)
            {
                return IngestItem.Fail(IngestErrors.BadRecord, where, "record has neither \"text\" nor \"html\"");
            }
            // An empty "text" is an article with nothing to code, not a broken record: batches keep their shape.
            var text = record.Text.Replace("\r\n", "\n");
            var plain = _plain.Read(id, where, text, date, record.Title, record.Url);
            return IngestItem.Ok(plain with { Format = "jsonl", Outlet = record.Outlet ?? OutletOf(record.Url) });
        }
        catch (JsonException e)
        {
            return IngestItem.Fail(IngestErrors.BadJson, where, $"malformed JSON ({FirstLine(e.Message)})");
        }
        catch (IngestException e)
        {
            return IngestItem.Fail(e.Code, where, e.Message);
        }
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();

    private static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var head = value.Length >= 10 ? value[..10] : value;
        if (DateOnly.TryParseExact(head, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        if (head.Length == 8 && DateOnly.TryParseExact(head, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
        {
            return d;
        }
        // PETRARCH-style YYMMDD (121108 = 2012-11-08).
        if (head.Length == 6 && DateOnly.TryParseExact(head, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
        {
            return d;
        }
        throw new IngestException(IngestErrors.BadDate, $"date '{value}' is not YYYY-MM-DD");
    }

    private byte[] ReadLimited(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > _options.MaxBytes)
            {
                throw new IngestException(IngestErrors.TooLarge,
                    $"larger than the {_options.MaxBytes / (1024 * 1024)} MB limit for one article (split it, or raise --max-size)");
            }
        }
        return buffer.ToArray();
    }

    private static bool LooksLikeHtml(string source, string text)
    {
        var ext = Path.GetExtension(source);
        if (ext.Equals(".html", StringComparison.OrdinalIgnoreCase) || ext.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".xhtml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static bool LooksLikeJsonl(string text)
    {
        var head = text.AsSpan().TrimStart();
        return head.StartsWith("{\"", StringComparison.Ordinal);
    }
}
