namespace Entente.Sanctions;

/// <summary>
/// A consonant skeleton that survives transliteration: vowels and semivowels are dropped and
/// consonants fold into classes (b/p, f/v/w, k/g/q/c, t/d, s/z, the "ch/sh/j/zh" family).
/// Mohammed, Muhammad and محمد (mhmd) all become "mhmt"; Jong, Jung and Chong become "jnk".
/// </summary>
internal static class PhoneticKey
{
    /// <summary>Computes the skeleton of a lower-case ASCII token.</summary>
    /// <param name="text">The token.</param>
    /// <param name="abjad">True for tokens from scripts where "w"/"y" usually write long vowels.</param>
    public static string Skeleton(string text, bool abjad)
    {
        // Each letter gives at most two ("x" → "ks"): a stack buffer of twice the length suffices,
        // sparing a StringBuilder per token (skeletons are computed for every query token and join).
        Span<char> chars = text.Length <= 64 ? stackalloc char[text.Length * 2] : new char[text.Length * 2];
        int n = 0;
        char last = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char next = i + 1 < text.Length ? text[i + 1] : '\0';
            char prev = i > 0 ? text[i - 1] : '\0';
            // Doubled letters are one sound.
            if (c == prev) continue;

            char cls;
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u' or '\'':
                    continue;
                case 'h':
                    // A real consonant (Husayn, Ahmad, محمد), but silent after a vowel at the end
                    // (Fatimah) and for the Arabic feminine ending ة, written "h".
                    if (next == '\0' && (abjad || IsVowel(prev))) continue;
                    cls = 'h';
                    break;
                case 'y':
                    continue;
                case 'w':
                    // A "w" next to a vowel is a glide (Kwon/Kon, Mahmwd); elsewhere it is a "v" (Wladimir).
                    if (abjad || IsVowel(next) && i > 0) continue;
                    cls = 'f';
                    break;
                case 'j':
                    // Final "j" after a vowel is a "y" (Sergej).
                    if (IsVowel(prev) && !IsVowel(next)) continue;
                    cls = 'j';
                    break;
                case 'c':
                    if (next == 'h') { cls = 'j'; i++; break; }
                    if (next == 'k') { cls = 'k'; i++; break; }
                    cls = next is 'e' or 'i' or 'y' ? 's' : 'k';
                    break;
                case 's':
                    if (next == 'h') { cls = 'j'; i++; break; }
                    if (next == 'c' && i + 2 < text.Length && text[i + 2] == 'h') { cls = 'j'; i += 2; break; }
                    cls = 's';
                    break;
                case 'z':
                    if (next == 'h') { cls = 'j'; i++; break; }
                    cls = 's';
                    break;
                case 't':
                    if (next == 's' && i + 2 < text.Length && text[i + 2] == 'h') { cls = 'j'; i += 2; break; }
                    if (next == 'c' && i + 2 < text.Length && text[i + 2] == 'h') { cls = 'j'; i += 2; break; }
                    if (next == 's' || next == 'z') { cls = 's'; i++; break; }
                    cls = 't';
                    break;
                case 'd':
                    if (next == 'j' || next == 'z' && i + 2 < text.Length && text[i + 2] == 'h') { cls = 'j'; i += next == 'j' ? 1 : 2; break; }
                    cls = 't';
                    break;
                case 'p':
                    if (next == 'h') { cls = 'f'; i++; break; }
                    cls = 'b';
                    break;
                case 'x':
                    if (i == 0) { cls = 's'; break; }
                    if (last != 'k') chars[n++] = 'k';
                    cls = 's';
                    break;
                case 'b': cls = 'b'; break;
                case 'f' or 'v': cls = 'f'; break;
                case 'g' or 'k' or 'q': cls = 'k'; break;
                default:
                    if (!char.IsAsciiLetterOrDigit(c)) continue;
                    cls = c;
                    break;
            }
            if (cls == last) continue;
            chars[n++] = cls;
            last = cls;
        }
        return new string(chars[..n]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
