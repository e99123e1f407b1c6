using System.Runtime.CompilerServices;

namespace Entente.Sanctions;

/// <summary>
/// Aligns the tokens of two names regardless of order: first single tokens (best pairs first),
/// then joined runs of leftover tokens against leftover single tokens (Ryong Hae / Ryonghae,
/// SiemensAG / Siemens AG), then acronyms (PLA / People's Liberation Army).
/// </summary>
internal static class TokenAligner
{
    private readonly record struct Candidate(int I, int J, int Len, TokenMatch M, int Rank);

    [ThreadStatic] private static Candidate[]? _scratch;

    /// <summary>Aligns two token arrays.</summary>
    public static List<TokenPair> Align(NameToken[] a, NameToken[] b)
    {
        var pairs = new List<TokenPair>(Math.Min(a.Length, b.Length) + 1);
        Align(a, b, pairs);
        return pairs;
    }

    /// <summary>Aligns two token arrays into <paramref name="pairs"/> (cleared first), so that a caller can reuse one list.</summary>
    public static void Align(NameToken[] a, NameToken[] b, List<TokenPair> pairs) => Align(a, b, pairs, null, null);

    /// <summary>
    /// Aligns a screening query's tokens <paramref name="a"/> with an indexed name's tokens
    /// <paramref name="b"/> (numbered <paramref name="idsB"/>), single tokens compared through the
    /// query's <paramref name="memo"/> when given.
    /// </summary>
    public static void Align(NameToken[] a, NameToken[] b, List<TokenPair> pairs, TokenMatchMemo? memo, int[]? idsB)
    {
        pairs.Clear();
        // Names are short: keep the scratch space on the stack (long organisation names too).
        Span<bool> usedA = a.Length <= 64 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> usedB = b.Length <= 64 ? stackalloc bool[b.Length] : new bool[b.Length];
        // Reused rather than on the stack, which would be zeroed for every candidate name.
        int most = a.Length * b.Length;
        if (_scratch is null || _scratch.Length < most) _scratch = new Candidate[Math.Max(most, 64)];
        Span<Candidate> candidates = _scratch.AsSpan(0, most);

        // The memo's row of each indexed token, looked up once per token rather than per pair.
        Span<int> rows = b.Length <= 64 ? stackalloc int[b.Length] : new int[b.Length];
        bool memoised = memo != null && idsB != null;
        if (memoised)
            for (int j = 0; j < b.Length; j++) rows[j] = memo!.Row(idsB![j], a.Length);

        int count = 0;
        for (int i = 0; i < a.Length; i++)
            for (int j = 0; j < b.Length; j++)
            {
                var m = Pairable(a[i], b[j])
                    ? memoised ? memo!.Compare(rows[j], i, a[i], b[j]) : TokenComparer.Compare(a[i], b[j])
                    : string.Equals(a[i].Text, b[j].Text, StringComparison.Ordinal) ? new TokenMatch(1, true, TokenMatchKind.Exact) : TokenMatch.None;
                if (m.Accepted) candidates[count++] = new Candidate(i, j, 1, m, (a[i].IsRequired ? 0 : 1) + (b[j].IsRequired ? 0 : 1));
            }
        // Best similarity first; among equals, prefer pairs of required tokens.
        candidates = candidates[..count];
        candidates.Sort(static (x, y) => x.M.Similarity != y.M.Similarity ? y.M.Similarity.CompareTo(x.M.Similarity) : x.Rank.CompareTo(y.Rank));
        foreach (var c in candidates)
        {
            if (usedA[c.I] || usedB[c.J]) continue;
            usedA[c.I] = usedB[c.J] = true;
            pairs.Add(new TokenPair(c.I, 1, c.J, 1, c.M));
        }

        bool leftA = HasLeftover(a, usedA), leftB = HasLeftover(b, usedB);
        if ((leftA || leftB) && HasFree(a, usedA) && HasFree(b, usedB))
        {
            MergeRuns(a, usedA, b, usedB, pairs, swap: false);
            MergeRuns(b, usedB, a, usedA, pairs, swap: true);
        }
    }

    // Optional words only pair with words of their own kind, except legal forms and patronymics,
    // which may be misspelt (Siemens AkG); anything may pair when spelled identically.
    // Inlined: it runs for every token pair of every candidate.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Pairable(NameToken x, NameToken y)
    {
        bool xFree = x.IsRequired || x.Kind is TokenKind.LegalForm or TokenKind.Patronymic;
        bool yFree = y.IsRequired || y.Kind is TokenKind.LegalForm or TokenKind.Patronymic;
        return xFree && yFree || x.Kind == y.Kind;
    }

    private static bool HasLeftover(NameToken[] t, Span<bool> used)
    {
        for (int i = 0; i < t.Length; i++)
            if (!used[i] && t[i].IsRequired) return true;
        return false;
    }

    private static bool HasFree(NameToken[] t, Span<bool> used)
    {
        for (int i = 0; i < t.Length; i++)
            if (!used[i] && t[i].Kind is not (TokenKind.Number or TokenKind.Honorific)) return true;
        return false;
    }

    // Joins runs of 2–3 unmatched adjacent tokens of `side` and matches them against single unmatched tokens of `other`.
    private static void MergeRuns(NameToken[] side, Span<bool> usedSide, NameToken[] other, Span<bool> usedOther, List<TokenPair> pairs, bool swap)
    {
        List<Candidate>? candidates = null;
        for (int start = 0; start < side.Length; start++)
        {
            int runLength = side[start].Text.Length;
            for (int len = 2; len <= 3 && start + len <= side.Length; len++)
            {
                if (!RunFree(side, usedSide, start, len)) break;
                runLength += side[start + len - 1].Text.Length;
                string? text = null, skeleton = null;
                bool abjad = false, cjk = true, anyAbjad = AnyAbjad(side, start, len);
                ulong letters = 0;
                for (int j = 0; j < other.Length; j++)
                {
                    var o = other[j];
                    if (usedOther[j] || o.Kind is TokenKind.Number or TokenKind.Initial or TokenKind.Honorific) continue;
                    // Cheap length checks first: a joined run is nearly as long as its partner, or is its acronym.
                    bool lengthFits = Math.Abs(o.Text.Length - runLength) <= 1;
                    bool acronymFits = o.Text.Length == len && o.Kind is TokenKind.Initials or TokenKind.Core;
                    if (!lengthFits && !acronymFits && !o.Abjad && !anyAbjad) continue;
                    if (text == null)
                    {
                        text = len == 2 ? string.Concat(side[start].Text, side[start + 1].Text)
                            : string.Concat(side[start].Text, side[start + 1].Text, side[start + 2].Text);
                        for (int k = start; k < start + len; k++) { abjad |= side[k].Abjad; cjk &= side[k].Cjk; }
                        letters = NameToken.LetterMask(text);
                    }
                    TokenMatch m = TokenMatch.None;
                    if (lengthFits || abjad || o.Abjad)
                    {
                        skeleton ??= PhoneticKey.Skeleton(text, abjad);
                        m = TokenComparer.Compare(text, skeleton, TokenKind.Core, abjad, cjk, [], letters,
                            o.Text, o.Skeleton, TokenKind.Core, o.Abjad, o.Cjk, o.Variants, o.Letters);
                        // Joined tokens must be nearly identical: two edits across a join is a different name.
                        if (m.Kind == TokenMatchKind.Typo && StringSimilarity.EditDistance(text, o.Text, 1) > 1) m = TokenMatch.None;
                        if (m.Kind == TokenMatchKind.Transliteration && skeleton.Length < 3) m = TokenMatch.None;
                    }
                    if (!m.Accepted && acronymFits && IsAcronym(side, start, len, o.Text)) m = new TokenMatch(0.85, true, TokenMatchKind.Acronym);
                    if (m.Accepted) (candidates ??= []).Add(new Candidate(start, j, len, m, 0));
                }
            }
        }
        if (candidates == null) return;
        candidates.Sort(static (x, y) => y.M.Similarity.CompareTo(x.M.Similarity));
        foreach (var c in candidates)
        {
            if (usedOther[c.J] || !RunFree(side, usedSide, c.I, c.Len)) continue;
            for (int k = 0; k < c.Len; k++) usedSide[c.I + k] = true;
            usedOther[c.J] = true;
            pairs.Add(swap ? new TokenPair(c.J, 1, c.I, c.Len, c.M) : new TokenPair(c.I, c.Len, c.J, 1, c.M));
        }
    }

    private static bool AnyAbjad(NameToken[] side, int start, int len)
    {
        for (int k = start; k < start + len; k++)
            if (side[k].Abjad) return true;
        return false;
    }

    // True when the first letters of the words of a run spell the text ("People's Liberation Army" → "pla").
    private static bool IsAcronym(NameToken[] side, int start, int len, string text)
    {
        Span<char> chars = stackalloc char[len];
        int n = 0;
        for (int k = start; k < start + len; k++)
            if (side[k].IsWord) chars[n++] = side[k].Text[0];
        return chars[..n].SequenceEqual(text);
    }

    private static bool RunFree(NameToken[] side, Span<bool> used, int start, int len)
    {
        for (int k = start; k < start + len; k++)
            if (used[k] || side[k].Kind is TokenKind.Number or TokenKind.Honorific) return false;
        return true;
    }
}
