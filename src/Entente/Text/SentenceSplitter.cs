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
        var edges = new Edges(article);
        var start = 0;
        var all = tokens.AsSpan();
        for (var i = 1; i <= all.Length; i++)
        {
            if (i < all.Length && !BreaksBefore(text, all, i, start, edges))
            {
                continue;
            }
            if (i > start)
            {
                var span = new TextSpan(all[start].Start, all[i - 1].End);
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

    private static bool BreaksBefore(string text, ReadOnlySpan<Token> tokens, int i, int sentenceStart, Edges edges)
    {
        ref readonly var token = ref tokens[i];
        ref readonly var prev = ref tokens[i - 1];
        if (token.NewlinesBefore >= 2 || edges.Crossed(prev.End, token.Start))
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
        ref readonly var terminal = ref tokens[t];
        // Most tokens follow no full stop, question or exclamation mark: settle those before looking at this one.
        if (!MayEndSentence(text, terminal))
        {
            return false;
        }
        var opensNew = token.Capitalized || token.Kind == TokenKind.Number || token.Norm is "\"" or "(" or "'"
            || token.Norm.Length > 0 && !char.IsLetter(token.Norm[0]) && token.Kind == TokenKind.Punct && token.Norm != ","
               && token.Norm != ";" && token.Norm != ":" && token.Norm != "—" && token.Norm != ")";
        if (!opensNew || IsClosing(token) && token.Start == prev.End)
        {
            return false;
        }
        if (terminal.Kind == TokenKind.Punct)
        {
            return true;
        }
        // A word with its full stop: "U.S." or "Gen." may end a sentence only before a word that often starts one.
        var word = text.Substring(terminal.Start, terminal.End - terminal.Start - 1);
        var initialism = word.Contains('.');
        if (!initialism && Abbreviations.NeverEndsSentence(word))
        {
            return false;
        }
        return Starters.Contains(token.Norm) && token.Capitalized;
    }

    private static bool MayEndSentence(string text, in Token terminal) =>
        terminal.Kind == TokenKind.Punct ? terminal.Norm is "." or "!" or "?" or "..."
        : terminal.Kind == TokenKind.Word && text[terminal.End - 1] == '.';

    private static bool IsClosing(in Token token) => token.Norm is "\"" or "'" or ")" or "]";

    private static bool LooksHardWrapped(string text, in Token prev, in Token sentenceFirst)
    {
        // A line that ends without punctuation and is as long as a wrapped line continues on the next.
        var lineStart = text.LastIndexOf('\n', Math.Max(0, prev.Start - 1)) + 1;
        var lineLength = prev.End - Math.Max(lineStart, sentenceFirst.Start);
        var last = text[prev.End - 1];
        return lineLength >= HardWrapWidth && last is not ('.' or '!' or '?' or '"' or '\u201D' or ':');
    }

    /// <summary>The edges no sentence crosses: the title's and the boilerplate's (captions, footers), except that a
    /// dateline running into the text is no edge. Sorted once per article, searched for every token.</summary>
    private sealed class Edges
    {
        private readonly TextSpan? _title;
        private readonly TextSpan? _dateline;
        private readonly int[] _boilerplate;

        public Edges(Article article)
        {
            _title = article.TitleSpan;
            _dateline = article.Dateline;
            _boilerplate = [.. article.Boilerplate.SelectMany(b => new[] { b.Span.Start, b.Span.End }).Order()];
        }

        /// <summary>True when an edge lies between <paramref name="from"/> and <paramref name="to"/> (inclusive).</summary>
        public bool Crossed(int from, int to)
        {
            if (_title is { } title && (title.End >= from && title.End <= to || title.Start >= from && title.Start <= to))
            {
                return true;
            }
            if (_boilerplate.Length == 0 || _dateline is { } dateline && dateline.End >= from && dateline.End <= to)
            {
                return false;
            }
            var k = Array.BinarySearch(_boilerplate, from);
            k = k >= 0 ? k : ~k;
            return k < _boilerplate.Length && _boilerplate[k] <= to;
        }
    }
}
