using System.Text;

namespace Entente.Sanctions;

/// <summary>
/// Romanises Hangul names the way sanctions lists spell North Korean names (McCune-Reischauer
/// without diacritics: 최룡해 → Choe Ryonghae, 김정은 → Kim Jongun), which AnyAscii's Revised
/// Romanization ("ChoeLyongHae", "GimJeongEun") does not.
/// </summary>
internal static class HangulRomanizer
{
    private const int SyllableBase = 0xAC00;
    private const int SyllableCount = 11172;

    private static readonly string[] Initials =
        ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"];

    private static readonly string[] Medials =
        ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"];

    private static readonly string[] Finals =
        ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    // Two-syllable family names; everything else takes one syllable.
    private static readonly string[] CompoundSurnames = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"];

    /// <summary>True when <paramref name="c"/> is a precomposed Hangul syllable.</summary>
    public static bool IsSyllable(char c) => c >= SyllableBase && c < SyllableBase + SyllableCount;

    /// <summary>Romanises one syllable.</summary>
    public static string Syllable(char c)
    {
        int index = c - SyllableBase;
        int initial = index / (21 * 28);
        int medial = index % (21 * 28) / 28;
        int final = index % 28;
        return Initials[initial] + Medials[medial] + Finals[final];
    }

    /// <summary>
    /// Romanises a run of Hangul syllables written as one word. When <paramref name="splitSurname"/>
    /// is set, a 2–4 syllable word is read as family name + given name ("최룡해" → "choe", "ryonghae").
    /// </summary>
    public static IReadOnlyList<string> Word(string word, bool splitSurname)
    {
        int surnameLength = 0;
        if (splitSurname && word.Length is >= 2 and <= 4)
            surnameLength = word.Length == 4 && CompoundSurnames.Contains(word[..2]) ? 2 : 1;

        var parts = new List<string>(2);
        var sb = new StringBuilder();
        for (int i = 0; i < word.Length; i++)
        {
            if (i == surnameLength && sb.Length > 0)
            {
                parts.Add(sb.ToString());
                sb.Clear();
            }
            sb.Append(IsSyllable(word[i]) ? Syllable(word[i]) : word[i].ToString());
        }
        if (sb.Length > 0) parts.Add(sb.ToString());
        return parts;
    }
}
