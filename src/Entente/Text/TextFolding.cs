using System.Globalization;
using System.Text;

namespace Entente.Text;

/// <summary>Folds text the one way every lookup in Entente compares it: lower case, no diacritics,
/// one apostrophe, one hyphen, non-Latin scripts transliterated.</summary>
public static class TextFolding
{
    /// <summary>Folds one token or name.</summary>
    public static string Fold(ReadOnlySpan<char> text) => Fold(text, Vocabulary.Common, out _);

    /// <summary>Folds one token and finds it in <paramref name="vocabulary"/>: <paramref name="word"/> is its
    /// number there (0 when absent), and a word of the vocabulary comes back as the vocabulary's own string.</summary>
    public static string Fold(ReadOnlySpan<char> text, Vocabulary vocabulary, out int word)
    {
        if (text.Length <= 32)
        {
            Span<char> folded = stackalloc char[32];
            if (TryFoldSimply(text, folded, out var hash))
            {
                folded = folded[..text.Length];
                word = vocabulary.Find(folded, hash, out var shared);
                return shared ?? new string(folded);
            }
        }
        var slow = text.Length > 32 && System.Text.Ascii.IsValid(text)
            ? text.ToString().ToLowerInvariant().Replace('`', '\'')
            : FoldUnicode(text);
        word = vocabulary.Find(slow);
        return slow;
    }

    /// <summary>Most tokens are ASCII, perhaps with a typographic apostrophe or hyphen: fold them character by
    /// character, without the Unicode decomposition, hashing as they go (<see cref="Vocabulary.Hash(uint, char)"/>).
    /// False when a character needs the decomposition.</summary>
    private static bool TryFoldSimply(ReadOnlySpan<char> text, Span<char> folded, out uint hash)
    {
        hash = Vocabulary.EmptyHash;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                c = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c == '`' ? '\'' : c;
            }
            else if (Punctuation(c) is var mapped && mapped != c)
            {
                c = mapped;
            }
            else
            {
                return false;
            }
            folded[i] = c;
            hash = Vocabulary.Hash(hash, c);
        }
        return true;
    }

    private static char Punctuation(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
        _ => c,
    };

    private static string FoldUnicode(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToString().Normalize(NormalizationForm.FormD))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var mapped = Punctuation(c);
            sb.Append(mapped != c ? mapped : c switch
            {
                'ı' => 'i',
                'ø' or 'Ø' => 'o',
                'ł' or 'Ł' => 'l',
                'đ' or 'Đ' => 'd',
                'ß' => 's',
                _ => char.ToLowerInvariant(c),
            });
        }
        var folded = sb.ToString();
        foreach (var c in folded)
        {
            if (c >= 128)
            {
                return AnyAscii.Transliteration.Transliterate(folded).ToLowerInvariant();
            }
        }
        return folded;
    }

    /// <summary>Folds a whole name and joins its tokens with single spaces ("Kim Jong-un" → "kim jong un").</summary>
    public static string FoldName(string name)
    {
        var tokens = Tokenizer.Tokenize(name);
        var sb = new StringBuilder(name.Length);
        foreach (var token in tokens)
        {
            if (token.Transparent || token.Kind == TokenKind.Punct && token.Norm is "." or "," or "\"" or "(" or ")")
            {
                continue;
            }
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }
            sb.Append(token.Norm);
        }
        return sb.ToString();
    }
}
