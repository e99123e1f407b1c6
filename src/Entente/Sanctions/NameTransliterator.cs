using System.Globalization;
using System.Text;
using AnyAscii;

namespace Entente.Sanctions;

/// <summary>
/// Turns one whitespace-delimited word of any script into ASCII. AnyAscii does most of the work;
/// Hangul gets its own romaniser, Han names are split into family and given name, Arabic
/// loses its article, and abjad scripts are flagged so that vowels are not compared.
/// </summary>
internal static class NameTransliterator
{
    private enum Script { Latin, Hangul, Han, Abjad, Other }

    /// <summary>Converts a word to ASCII pieces.</summary>
    /// <param name="word">The word (no whitespace).</param>
    /// <param name="wholeName">True when the word is the entire name, so a CJK name can be split into family and given name.</param>
    public static IEnumerable<AsciiPiece> Convert(string word, bool wholeName)
    {
        switch (ScriptOf(word))
        {
            case Script.Hangul:
                foreach (var part in HangulParts(word, wholeName)) yield return new AsciiPiece(part, false, true);
                break;
            case Script.Han:
                foreach (var part in HanParts(word, wholeName)) yield return new AsciiPiece(part, false, true);
                break;
            case Script.Abjad:
                yield return new AsciiPiece(Fold(StripArabicArticle(word)), true, false);
                break;
            default:
                yield return new AsciiPiece(Fold(word), false, false);
                break;
        }
    }

    /// <summary>True when the character is Han or Hangul.</summary>
    public static bool IsCjk(char c) => IsHan(c) || HangulRomanizer.IsSyllable(c);

    /// <summary>
    /// Decomposes (NFKD), drops combining marks and transliterates what is left. Under
    /// invariant globalization <see cref="string.Normalize(NormalizationForm)"/> may leave text
    /// unchanged, so AnyAscii also folds precomposed letters (é → e, ø → o, ß → ss).
    /// </summary>
    public static string Fold(string text)
    {
        bool ascii = true;
        foreach (char c in text)
            if (c > 0x7F) { ascii = false; break; }
        if (ascii) return text;

        string decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format) continue;
            sb.Append(c);
        }
        return sb.ToString().Transliterate();
    }

    private static Script ScriptOf(string word)
    {
        foreach (char c in word)
        {
            if (c < 0x80) { if (char.IsAsciiLetter(c)) return Script.Latin; continue; }
            if (HangulRomanizer.IsSyllable(c)) return Script.Hangul;
            if (IsHan(c)) return Script.Han;
            if (IsAbjad(c)) return Script.Abjad;
            if (char.IsLetter(c)) return Script.Other;
        }
        return Script.Other;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    // Arabic, Hebrew, Syriac, Thaana; Thai, Lao and Khmer leave inherent vowels unwritten too.
    private static bool IsAbjad(char c) =>
        c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF'
            or >= '\u0E00' and <= '\u0EFF' or >= '\u1780' and <= '\u17FF';

    private static string StripArabicArticle(string word) =>
        word.Length > 3 && word[0] == '\u0627' && word[1] == '\u0644' ? word[2..] : word;

    private static IEnumerable<string> HangulParts(string word, bool wholeName)
    {
        var syllables = new StringBuilder();
        foreach (char c in word)
            if (HangulRomanizer.IsSyllable(c)) syllables.Append(c);
        return HangulRomanizer.Word(syllables.ToString(), wholeName);
    }

    private static IEnumerable<string> HanParts(string word, bool wholeName)
    {
        // AnyAscii writes each Han character as one capitalised pinyin syllable: 习近平 → XiJinPing.
        var syllables = new List<string>();
        foreach (char c in word)
        {
            if (!IsHan(c)) continue;
            string s = c.ToString().Transliterate();
            if (s.Length > 0) syllables.Add(s.ToLowerInvariant());
        }
        if (syllables.Count == 0) return [Fold(word)];
        if (wholeName && syllables.Count is >= 2 and <= 4)
            return [syllables[0], string.Concat(syllables.Skip(1))];
        return [string.Concat(syllables)];
    }
}
