using System.Text;
using AngleSharp.Dom;

namespace Entente.Ingest;

/// <summary>Renders an HTML element to plain text: one paragraph per block, captions, asides,
/// navigation and scripts left out, so the text holds only what a reader reads as the story.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "footer", "figure", "figcaption", "form",
        "button", "iframe", "svg", "canvas", "select", "header",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
        "tr", "dd", "dt", "table", "ul", "ol", "br", "hr",
    };

    /// <summary>The readable text of <paramref name="root"/>, paragraphs separated by blank lines.</summary>
    public static string Render(INode root)
    {
        var sb = new StringBuilder();
        Walk(root, sb);
        return Tidy(sb.ToString());
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    sb.Append("\n\n");
                    Walk(element, sb);
                    sb.Append("\n\n");
                    break;
                case IElement element:
                    Walk(element, sb);
                    break;
            }
        }
    }

    private static string Tidy(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var paragraph in raw.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var line = string.Join(' ', paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0)
            {
                continue;
            }
            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }
            sb.Append(line);
        }
        return sb.ToString();
    }
}
