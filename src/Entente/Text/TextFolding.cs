using System.Globalization;
using System.Text;

namespace Entente.Text;

/// <summary>Folds text the one way every lookup in Entente compares it: lower case, no diacritics,
/// one apostrophe, one hyphen, non-Latin scripts transliterated.</summary>
public static class TextFolding
{
    /// <summary>Folds one token or name.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            if (c >= 128 || char.IsUpper(c))
            {
                ascii = false;
                break;
            }
        }
        if (ascii)
        {
            return new string(text);
        }
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToString().Normalize(NormalizationForm.FormD))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            sb.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
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
