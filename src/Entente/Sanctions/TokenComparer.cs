namespace Entente.Sanctions;

/// <summary>Compares single tokens: exact, listed variants, transliteration skeletons, typos, initials.</summary>
internal static class TokenComparer
{
    /// <summary>Compares two tokens.</summary>
    public static TokenMatch Compare(NameToken a, NameToken b) =>
        Compare(a.Text, a.Skeleton, a.Kind, a.Abjad, a.Cjk, a.Variants, a.Letters, b.Text, b.Skeleton, b.Kind, b.Abjad, b.Cjk, b.Variants, b.Letters);

    /// <summary>Compares two tokens given as parts (joined tokens have no token object).</summary>
    public static TokenMatch Compare(string a, string skA, TokenKind kindA, bool abjadA, bool cjkA, string[] variantsA, ulong lettersA,
        string b, string skB, TokenKind kindB, bool abjadB, bool cjkB, string[] variantsB, ulong lettersB)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return new TokenMatch(1.0, true, TokenMatchKind.Exact);

        // An initial stands for any word with that first letter ("V. Putin", "Hans J Friedrich").
        bool initialA = kindA == TokenKind.Initial, initialB = kindB == TokenKind.Initial;
        if (initialA || initialB)
        {
            if (initialA && initialB) return TokenMatch.None;
            bool ok = (initialA ? kindB : kindA) is TokenKind.Core or TokenKind.Patronymic && a[0] == b[0];
            return ok ? new TokenMatch(0.85, true, TokenMatchKind.Initial) : TokenMatch.None;
        }
        if (kindA == TokenKind.Number || kindB == TokenKind.Number) return TokenMatch.None;

        // Two Han or Hangul spellings differ by a whole syllable when they differ at all.
        if (cjkA && cjkB) return TokenMatch.None;

        if (variantsA.Length > 0 && variantsB.Length > 0 && NameVariants.Share(variantsA, variantsB))
            return new TokenMatch(0.92, true, TokenMatchKind.Variant);

        if (abjadA || abjadB) return CompareSkeletons(skA, skB);

        int shorter = Math.Min(a.Length, b.Length), longer = Math.Max(a.Length, b.Length);
        bool sameSkeleton = skA.Length > 0 && string.Equals(skA, skB, StringComparison.Ordinal);
        if (shorter <= 3)
        {
            // Short syllables: only vowels may differ (Tom/Tim, Un/On/Uun, Xi/Si), not consonants (Kim/Kil).
            if (longer > 4 || !SameConsonants(a, b)) return TokenMatch.None;
            if (StringSimilarity.EditDistance(a, b, 1) <= 1 || sameSkeleton && a.Length == b.Length)
                return new TokenMatch(0.85, true, TokenMatchKind.Typo);
            return TokenMatch.None;
        }

        int allowed = longer >= 5 ? 2 : 1;
        // Each edit changes at most two letters of the letter set: a cheap lower bound on the distance.
        if (longer - shorter <= allowed && System.Numerics.BitOperations.PopCount(lettersA ^ lettersB) <= 2 * allowed)
        {
            int distance = StringSimilarity.EditDistance(a, b, allowed);
            // Two edits only when the first letter agrees (Sultan/Salman; not Navros/Lavrov).
            if (distance <= allowed && (a[0] == b[0] || distance == 1))
                return new TokenMatch(Math.Max(StringSimilarity.JaroWinkler(a, b), 1.0 - 0.06 * distance), true, TokenMatchKind.Typo);
        }
        // Transliteration variants: same consonant skeleton and similar letters and length
        // (Hussein/Husayn, Selenskyj/Zelenskyy) — but not Ryonghae/Ryong.
        if (sameSkeleton && skA.Length >= 2 && shorter * 4 >= longer * 3 && (a[0] == b[0] || skA.Length >= 3))
        {
            double jw = StringSimilarity.JaroWinkler(a, b);
            if (jw >= 0.8) return new TokenMatch(Math.Max(jw, 0.9), true, TokenMatchKind.Transliteration);
        }
        return TokenMatch.None;
    }

    // Tokens from Arabic, Hebrew or Thai carry consonants only; compare consonant skeletons.
    private static TokenMatch CompareSkeletons(string skA, string skB)
    {
        if (skA.Length == 0 || skB.Length == 0) return TokenMatch.None;
        if (string.Equals(skA, skB, StringComparison.Ordinal)) return new TokenMatch(0.9, true, TokenMatchKind.Transliteration);
        int longer = Math.Max(skA.Length, skB.Length);
        if (longer >= 4 && skA[0] == skB[0] && Math.Abs(skA.Length - skB.Length) <= 1 && StringSimilarity.EditDistance(skA, skB, 1) <= 1)
            return new TokenMatch(0.82, true, TokenMatchKind.Transliteration);
        return TokenMatch.None;
    }

    private static bool SameConsonants(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && IsVowel(a[i])) i++;
            while (j < b.Length && IsVowel(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (a[i] != b[j] && !(i == 0 && j == 0 && IsSibilant(a[0]) && IsSibilant(b[0]))) return false;
            i++;
            j++;
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // Pinyin x, Wade-Giles hs and s begin the same Chinese syllables (Xi/Si).
    private static bool IsSibilant(char c) => c is 's' or 'x';
}
