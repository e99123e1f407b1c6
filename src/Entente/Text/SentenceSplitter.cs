using Entente.Documents;

namespace Entente.Text;

/// <summary>Splits tokens into sentences. Survives abbreviations (U.S., Sept., Gen.), closing quotes,
/// dashes and hard-wrapped lines; never lets a sentence cross a paragraph or boilerplate edge.</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Starters = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "on", "but", "and", "this", "that", "these",
        "those", "there", "his", "her", "its", "their", "our", "after", "before", "meanwhile", "however", "earlier",
        "later", "last", "on", "at", "for", "according", "officials", "one", "two", "some", "many", "both",
    };

    private const int HardWrapWidth = 60;

    /// <summary>Splits <paramref name="tokens"/> of <paramref name="article"/> into sentences.</summary>
    public static List<Sentence> Split(Article article, IReadOnlyList<Token> tokens)
    {
        var text = article.Text;
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 1; i <= tokens.Count; i++)
        {
            if (i < tokens.Count && !BreaksBefore(text, tokens, i, start, article))
            {
                continue;
            }
            if (i > start)
            {
                var span = new TextSpan(tokens[start].Start, tokens[i - 1].End);
                sentences.Add(new Sentence(sentences.Count, span, start, i, KindOf(article, span)));
            }
            start = i;
        }
        return sentences;
    }

    private static SentenceKind KindOf(Article article, TextSpan span)
    {
        foreach (var b in article.Boilerplate)
        {
            if (b.Span.Overlaps(span))
            {
                return SentenceKind.Boilerplate;
            }
        }
        return article.TitleSpan is { } title && title.Overlaps(span) ? SentenceKind.Headline : SentenceKind.Body;
    }

    private static bool BreaksBefore(string text, IReadOnlyList<Token> tokens, int i, int sentenceStart, Article article)
    {
        var token = tokens[i];
        var prev = tokens[i - 1];
        if (token.NewlinesBefore >= 2 || CrossesEdge(article, prev.End, token.Start))
        {
            return true;
        }
        if (token.NewlinesBefore == 1 && !LooksHardWrapped(text, prev, tokens[sentenceStart]))
        {
            return true;
        }
        // Find the last non-quote token before this one: the candidate terminal.
        var t = i - 1;
        while (t > sentenceStart && IsClosing(tokens[t]) && tokens[t].Start == tokens[t - 1].End)
        {
            t--;
        }
        var terminal = tokens[t];
        var opensNew = token.Capitalized || token.Kind == TokenKind.Number || token.Norm is "\"" or "(" or "'"
            || token.Norm.Length > 0 && !char.IsLetter(token.Norm[0]) && token.Kind == TokenKind.Punct && token.Norm != ","
               && token.Norm != ";" && token.Norm != ":" && token.Norm != "—" && token.Norm != ")";
        if (!opensNew || IsClosing(token) && token.Start == prev.End)
        {
            return false;
        }
        if (terminal.Kind == TokenKind.Punct)
        {
            return terminal.Norm is "." or "!" or "?" or "...";
        }
        if (terminal.Kind == TokenKind.Word && text[terminal.End - 1] == '.')
        {
            var word = text.Substring(terminal.Start, terminal.End - terminal.Start - 1);
            var initialism = word.Contains('.');
            if (!initialism && Abbreviations.NeverEndsSentence(word))
            {
                return false;
            }
            return Starters.Contains(token.Norm) && token.Capitalized;
        }
        return false;
    }

    private static bool IsClosing(Token token) => token.Norm is "\"" or "'" or ")" or "]";

    private static bool LooksHardWrapped(string text, Token prev, Token sentenceFirst)
    {
        // A line that ends without punctuation and is as long as a wrapped line continues on the next.
        var lineStart = text.LastIndexOf('\n', Math.Max(0, prev.Start - 1)) + 1;
        var lineLength = prev.End - Math.Max(lineStart, sentenceFirst.Start);
        var last = text[prev.End - 1];
        return lineLength >= HardWrapWidth && last is not ('.' or '!' or '?' or '"' or '\u201D' or ':');
    }

    private static bool CrossesEdge(Article article, int from, int to)
    {
        if (article.TitleSpan is { } title && (title.End >= from && title.End <= to || title.Start >= from && title.Start <= to))
        {
            return true;
        }
        if (article.Dateline is { } dateline && dateline.End >= from && dateline.End <= to)
        {
            return false;
        }
        foreach (var b in article.Boilerplate)
        {
            if (b.Span.Start >= from && b.Span.Start <= to || b.Span.End >= from && b.Span.End <= to)
            {
                return true;
            }
        }
        return false;
    }
}
