namespace Entente.Text;

/// <summary>Splits text into tokens with character offsets, without regular expressions.</summary>
/// <remarks>
/// Hyphens between letters become <see cref="Token.Joiner"/> tokens so that "Jong-un" and "Jong Un"
/// look alike to lookups; possessive "'s" becomes its own token; initialisms ("U.S.") and known
/// abbreviations ("Gen.", "Sept.") keep their dots. Stateless and thread-safe.
/// </remarks>
public static class Tokenizer
{
    /// <summary>Tokenizes the whole text.</summary>
    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>Tokenizes the whole text, numbering words by <paramref name="vocabulary"/>.</summary>
    public static List<Token> Tokenize(string text, Vocabulary vocabulary) => Tokenize(text, 0, text.Length, vocabulary);

    /// <summary>Tokenizes <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static List<Token> Tokenize(string text, int start, int end) => Tokenize(text, start, end, Vocabulary.Common);

    /// <summary>Tokenizes <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, numbering
    /// words and numbers by <paramref name="vocabulary"/> (<see cref="Token.Word"/>).</summary>
    public static List<Token> Tokenize(string text, int start, int end, Vocabulary vocabulary)
    {
        var tokens = new List<Token>(Math.Max(16, (end - start) / 5));
        var i = start;
        var newlines = 0;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n')
                {
                    newlines++;
                }
                i++;
                continue;
            }
            if (c < 128 && char.IsAsciiLetter(c) && AsciiWord(text, i, end, newlines, vocabulary) is { } word)
            {
                tokens.Add(word);
                newlines = 0;
                i = word.End;
                continue;
            }
            var tokenEnd = char.IsLetter(c) ? ScanWord(text, i, end)
                : char.IsDigit(c) ? ScanNumber(text, i, end)
                : ScanPunct(text, i, end);
            tokens.Add(Make(text, i, tokenEnd, newlines, vocabulary));
            newlines = 0;
            i = tokenEnd;
        }
        return tokens;
    }

    /// <summary>Most words are plain ASCII letters and digits: scan, fold, hash and look one up in a single pass.
    /// Null when the word goes on in a way only <see cref="ScanWord"/> knows (a full stop, an apostrophe, a
    /// non-ASCII letter) or is too long; that word then takes the general path.</summary>
    private static Token? AsciiWord(string text, int start, int end, int newlines, Vocabulary vocabulary)
    {
        Span<char> folded = stackalloc char[32];
        var hash = Vocabulary.EmptyHash;
        var small = false;
        var k = start;
        for (; k < end && k - start < folded.Length; k++)
        {
            var c = text[k];
            if (char.IsAsciiLetterLower(c))
            {
                small = true;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                c = (char)(c + ('a' - 'A'));
            }
            else if (!char.IsAsciiDigit(c))
            {
                break;
            }
            folded[k - start] = c;
            hash = Vocabulary.Hash(hash, c);
        }
        if (k < end && (text[k] >= 128 || text[k] is '.' or '\'' or '`' || k - start == folded.Length))
        {
            return null;
        }
        var norm = folded[..(k - start)];
        var word = vocabulary.Find(norm, hash, out var shared);
        return new Token(start, k, TokenKind.Word, shared ?? new string(norm), char.IsAsciiLetterUpper(text[start]), false, newlines)
        {
            AllCaps = !small,
            Word = word,
        };
    }

    private static Token Make(string text, int start, int end, int newlines, Vocabulary vocabulary)
    {
        var span = text.AsSpan(start, end - start);
        var first = span[0];
        var kind = char.IsLetter(first) || IsApostrophe(first) && span.Length > 1 ? TokenKind.Word
            : char.IsDigit(first) ? TokenKind.Number : TokenKind.Punct;
        var joiner = kind == TokenKind.Punct && span.Length == 1 && IsHyphen(first)
            && start > 0 && end < text.Length && char.IsLetterOrDigit(text[start - 1]) && char.IsLetterOrDigit(text[end]);
        var allCaps = kind == TokenKind.Word && IsAllCaps(span);
        var word = 0;
        var norm = kind == TokenKind.Punct ? FoldPunct(first) : TextFolding.Fold(span, vocabulary, out word);
        return new Token(start, end, kind, norm, char.IsUpper(first), joiner, newlines) { AllCaps = allCaps, Word = word };
    }

    private static string FoldPunct(char c) => c switch
    {
        '\u2019' or '\u2018' or '\'' or '`' => "'",
        '\u201C' or '\u201D' or '"' or '\u00AB' or '\u00BB' or '\u201E' => "\"",
        '\u2013' or '\u2014' or '\u2015' => "—",
        '\u2010' or '\u2011' or '-' => "-",
        < (char)128 => AsciiStrings[c],
        _ => c.ToString(),
    };

    // Commas and full stops are a sixth of all tokens: each ASCII character's string is made once.
    private static readonly string[] AsciiStrings = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static int ScanWord(string text, int i, int end)
    {
        // Initialisms: U.S., U.N., D.P.R.K.
        if (i + 3 < end + 1 && i + 1 < end && text[i + 1] == '.' && i + 2 < end && char.IsLetter(text[i + 2])
            && i + 3 < end && text[i + 3] == '.')
        {
            var j = i;
            while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.')
            {
                j += 2;
            }
            return j;
        }
        var k = i;
        while (k < end)
        {
            var c = text[k];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                k++;
                continue;
            }
            if (IsApostrophe(c) && k + 1 < end && char.IsLetter(text[k + 1]))
            {
                // "Cuba's" splits the clitic off; "Ch'oe" and "don't" stay whole.
                var clitic = (text[k + 1] is 's' or 'S') && (k + 2 >= end || !char.IsLetter(text[k + 2]));
                if (clitic)
                {
                    break;
                }
                k++;
                continue;
            }
            break;
        }
        if (k < end && text[k] == '.' && Abbreviations.IsAbbreviation(text.AsSpan(i, k - i)))
        {
            k++;
        }
        return k;
    }

    private static int ScanNumber(string text, int i, int end)
    {
        var k = i;
        while (k < end)
        {
            var c = text[k];
            if (char.IsDigit(c))
            {
                k++;
            }
            else if ((c == ',' || c == '.') && k + 1 < end && char.IsDigit(text[k + 1]))
            {
                k++;
            }
            else if (char.IsLetter(c))
            {
                k++; // 70th, 1960s, 5km
            }
            else
            {
                break;
            }
        }
        return k;
    }

    private static int ScanPunct(string text, int i, int end)
    {
        var c = text[i];
        if (IsApostrophe(c) && i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2]))
            && i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            return i + 2; // the possessive clitic
        }
        if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
        {
            return i + 3; // ellipsis
        }
        return char.IsSurrogate(c) && i + 1 < end ? i + 2 : i + 1;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> span)
    {
        var letters = 0;
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                letters++;
            }
        }
        return letters > 0;
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    internal static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
