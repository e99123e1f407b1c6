using Entente.Documents;

namespace Entente.Ingest;

/// <summary>Builds an <see cref="Article"/> from plain text: headline, dateline and boilerplate lines found,
/// the text itself left as it is so every offset stays true.</summary>
public sealed class PlainTextReader(BoilerplateDetector boilerplate)
{
    private const int MaxTitleLength = 200;

    /// <summary>Reads one plain-text article.</summary>
    public Article Read(string id, string source, string text, DateOnly? published, string? title = null, string? url = null)
    {
        TextSpan? titleSpan = null;
        var bodyStart = 0;
        if (title is null && FindTitle(text) is { } found)
        {
            titleSpan = found;
            title = text[found.Start..found.End];
            bodyStart = found.End;
        }
        while (bodyStart < text.Length && char.IsWhiteSpace(text[bodyStart]))
        {
            bodyStart++;
        }
        var spans = boilerplate.Detect(text, titleSpan);
        // The dateline opens the first body paragraph (after any caption or credit lines).
        var firstBody = FirstBodyLine(text, bodyStart, spans);
        var dateline = firstBody < text.Length ? Dateline.Find(text, firstBody) : null;
        return new Article
        {
            Id = id,
            Source = source,
            Text = text,
            Title = title,
            TitleSpan = titleSpan,
            Published = published ?? dateline?.Date,
            Url = url,
            Dateline = dateline?.Span,
            DatelinePlace = dateline?.Place,
            Boilerplate = spans,
        };
    }

    private static int FirstBodyLine(string text, int from, List<BoilerplateSpan> spans)
    {
        var pos = from;
        while (pos < text.Length)
        {
            var inside = spans.FirstOrDefault(s => s.Span.Start <= pos && pos < s.Span.End);
            if (inside is null)
            {
                return pos;
            }
            pos = inside.Span.End;
            while (pos < text.Length && char.IsWhiteSpace(text[pos]))
            {
                pos++;
            }
        }
        return pos;
    }

    private static TextSpan? FindTitle(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        var end = text.IndexOf('\n', start);
        if (end < 0 || end - start > MaxTitleLength)
        {
            return null;
        }
        var line = text.AsSpan(start, end - start).TrimEnd();
        // A headline stands alone: a blank line follows and it does not end like a sentence.
        var next = end + 1;
        var blankFollows = next < text.Length && text.AsSpan(next).TrimStart(' ').StartsWith("\n");
        if (line.Length == 0 || !blankFollows || line[^1] is '.' or ',' or ';')
        {
            return null;
        }
        return new TextSpan(start, start + line.Length);
    }
}
