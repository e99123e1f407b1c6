namespace Entente.Sanctions;

/// <summary>
/// Decides whether two normalised names are the same name. Every required token must find a
/// partner on the other side, except that one name may omit tokens the other has (middle
/// names, a second family name: "Diosdado Cabello" / "CABELLO RONDON, Diosdado"). A token
/// replaced by a different one ("Barzan … al-Mosuli" / "Barzan … al-Tikriti") means a
/// different name, as do two different patronymics or a swapped father's name after "bin".
/// </summary>
internal static class NameComparer
{
    /// <summary>Score at or above which a structurally sound alignment is a match.</summary>
    public const double Threshold = 0.80;

    // Omitted tokens cost this share of their weight; substituted ones cost all of it.
    private const double OmissionCost = 0.35;

    /// <summary>Compares two names, weighing tokens with <paramref name="weights"/>.</summary>
    public static NameComparison Compare(NormalizedName a, NormalizedName b, TokenWeights weights) =>
        Compare(a, weights.Weights(a), b, weights.Weights(b));

    // Scratch alignment for matchesOnly comparisons: most screening candidates do not match,
    // and their pairs are thrown away.
    [ThreadStatic] private static List<TokenPair>? _scratchPairs;

    /// <summary>Compares two names given precomputed token weights.</summary>
    public static NameComparison Compare(NormalizedName a, double[] wa, NormalizedName b, double[] wb) =>
        Compare(a, wa, b, wb, matchesOnly: false);

    /// <summary>
    /// Compares two names given precomputed token weights; with <paramref name="matchesOnly"/>, a
    /// comparison that is not a match comes back as <see cref="NameComparison.None"/> (screening
    /// keeps matches only), which spares allocating its details. A screening query passes its
    /// <paramref name="memo"/> of token comparisons, shared by all its candidates, and the
    /// candidate's token numbers <paramref name="idsB"/>.
    /// </summary>
    public static NameComparison Compare(NormalizedName a, double[] wa, NormalizedName b, double[] wb, bool matchesOnly,
        TokenMatchMemo? memo = null, int[]? idsB = null)
    {
        if (a.Tokens.Length == 0 || b.Tokens.Length == 0) return NameComparison.None;
        // Two names in Han or Hangul: one different character is a different name (习近朋 / 习近平).
        if (a.CjkCompact.Length > 0 && b.CjkCompact.Length > 0
            && !string.Equals(a.CjkCompact, b.CjkCompact, StringComparison.Ordinal))
            return matchesOnly ? NameComparison.None : new NameComparison { Score = 0.3, Conflict = "different characters" };

        List<TokenPair> pairs;
        if (matchesOnly) TokenAligner.Align(a.Tokens, b.Tokens, pairs = _scratchPairs ??= [], memo, idsB);
        else pairs = TokenAligner.Align(a.Tokens, b.Tokens);
        Span<bool> matchedA = a.Tokens.Length <= 64 ? stackalloc bool[a.Tokens.Length] : new bool[a.Tokens.Length];
        Span<bool> matchedB = b.Tokens.Length <= 64 ? stackalloc bool[b.Tokens.Length] : new bool[b.Tokens.Length];
        foreach (var p in pairs)
        {
            for (int i = p.AStart; i < p.AEnd; i++) matchedA[i] = true;
            for (int j = p.BStart; j < p.BEnd; j++) matchedB[j] = true;
        }
        // Counts first: the lists are only built for a comparison that is returned.
        int leftA = CountUnmatched(a.Tokens, matchedA), leftB = CountUnmatched(b.Tokens, matchedB);
        bool substitution = leftA > 0 && leftB > 0;
        // A substitution is never a match: most screening candidates stop here.
        if (matchesOnly && substitution) return NameComparison.None;
        string? conflict = PatronymicConflict(a.Tokens, matchedA, b.Tokens, matchedB)
            ?? FilialConflict(a, b, pairs);
        if (matchesOnly && conflict != null) return NameComparison.None;

        double num = 0, den = 0;
        int requiredPairs = 0, wordPairs = 0;
        TokenPair single = default;
        foreach (var p in pairs)
        {
            if (!AnyRequired(a.Tokens, p.AStart, p.AEnd) && !AnyRequired(b.Tokens, p.BStart, p.BEnd)) continue;
            requiredPairs++;
            single = p;
            if (p.Match.Kind is not (TokenMatchKind.Initial or TokenMatchKind.Acronym)
                && AnyWord(a.Tokens, p.AStart, p.AEnd) && AnyWord(b.Tokens, p.BStart, p.BEnd)) wordPairs++;
            double w = SideWeight(wa, p.AStart, p.AEnd) + SideWeight(wb, p.BStart, p.BEnd);
            num += p.Match.Similarity * w;
            den += w;
        }
        double cost = substitution ? 1.0 : OmissionCost;
        for (int i = 0; i < a.Tokens.Length; i++)
            if (!matchedA[i] && a.Tokens[i].IsRequired) den += cost * wa[i];
        for (int j = 0; j < b.Tokens.Length; j++)
            if (!matchedB[j] && b.Tokens[j].IsRequired) den += cost * wb[j];
        double score = den > 0 ? num / den : 0;
        if (conflict != null) score *= 0.75;

        bool isMatch = requiredPairs > 0 && !substitution && conflict == null && score >= Threshold && wordPairs >= 1;
        if (isMatch && requiredPairs == 1)
            isMatch = leftA == 0 && leftB == 0 && SingleTokenMatch(a, b, single, NumbersAgree(a, b));
        if (isMatch && (leftA > 0 || leftB > 0) && (a.OrgLike || b.OrgLike))
            isMatch = false;

        if (matchesOnly && !isMatch) return NameComparison.None;
        return new NameComparison
        {
            Score = score,
            IsMatch = isMatch,
            Pairs = matchesOnly ? pairs.ToArray() : pairs,
            UnmatchedA = Unmatched(a.Tokens, matchedA, leftA),
            UnmatchedB = Unmatched(b.Tokens, matchedB, leftB),
            Conflict = conflict ?? (substitution ? "substitution" : null),
            WordPairs = wordPairs,
        };
    }

    private static int CountUnmatched(NameToken[] tokens, Span<bool> matched)
    {
        int count = 0;
        for (int i = 0; i < tokens.Length; i++)
            if (!matched[i] && tokens[i].IsRequired) count++;
        return count;
    }

    // Sized by the count already made: one array, no growing list.
    private static IReadOnlyList<int> Unmatched(NameToken[] tokens, Span<bool> matched, int count)
    {
        if (count == 0) return [];
        var list = new int[count];
        int n = 0;
        for (int i = 0; i < tokens.Length; i++)
            if (!matched[i] && tokens[i].IsRequired) list[n++] = i;
        return list;
    }

    private static double SideWeight(double[] weights, int start, int end)
    {
        double w = 0;
        for (int i = start; i < end; i++) w += weights[i];
        return Math.Max(w, 0.3);
    }

    // Plain loops for the tests made for every pair of every candidate: no delegate call per token.
    private static bool AnyRequired(NameToken[] tokens, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (tokens[i].IsRequired) return true;
        return false;
    }

    private static bool AnyWord(NameToken[] tokens, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (tokens[i].IsWord || tokens[i].Kind == TokenKind.Initials) return true;
        return false;
    }

    private static bool Any(NameToken[] tokens, int start, int end, Func<NameToken, bool> test)
    {
        for (int i = start; i < end; i++)
            if (test(tokens[i])) return true;
        return false;
    }

    // A one-word name matches only a near-identical, distinctive word ("Hannibal" / "Hanniball");
    // a generic word ("Brigade", "Management") only with the same number ("Brigade 44").
    private static bool SingleTokenMatch(NormalizedName a, NormalizedName b, TokenPair p, bool numbersAgree)
    {
        if (p.Match.Kind is TokenMatchKind.Initial or TokenMatchKind.Acronym) return false;
        string text = p.ALength == 1 ? a.Tokens[p.AStart].Text : b.Tokens[p.BStart].Text;
        bool exact = p.Match.Kind == TokenMatchKind.Exact;
        if (NameVocabulary.OrganisationWords.Contains(text)) return exact && numbersAgree;
        if (exact) return text.Length >= 3;
        if (p.Match.Kind == TokenMatchKind.Variant) return true;
        // Across scripts only consonants can be compared (משה / Moshe, عبد الله / Abdullah).
        bool abjad = Any(a.Tokens, p.AStart, p.AEnd, static t => t.Abjad) || Any(b.Tokens, p.BStart, p.BEnd, static t => t.Abjad);
        if (abjad) return p.Match.Kind == TokenMatchKind.Transliteration && text.Length >= 3;
        return p.Match.Similarity >= 0.93 && text.Length >= 5;
    }

    // "Forty-Four" and "44" are the same number: tens followed by units add up.
    private static bool NumbersAgree(NormalizedName a, NormalizedName b)
    {
        var x = Numbers(a.Tokens);
        return x.Count > 0 && x.SequenceEqual(Numbers(b.Tokens));
    }

    private static List<long> Numbers(NameToken[] tokens)
    {
        var values = new List<long>();
        bool prevNumber = false;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Number || !long.TryParse(t.Text, out long v)) { prevNumber = false; continue; }
            if (prevNumber && values[^1] is >= 20 and < 100 && values[^1] % 10 == 0 && v < 10) values[^1] += v;
            else values.Add(v);
            prevNumber = true;
        }
        values.Sort();
        return values;
    }

    // "Sergey Viktorovich Lavrov" and "Sergey Borisovich Lavrov" are different people.
    private static string? PatronymicConflict(NameToken[] a, Span<bool> matchedA, NameToken[] b, Span<bool> matchedB)
    {
        bool leftA = false, leftB = false;
        for (int i = 0; i < a.Length; i++) leftA |= a[i].Kind == TokenKind.Patronymic && !matchedA[i];
        for (int j = 0; j < b.Length; j++) leftB |= b[j].Kind == TokenKind.Patronymic && !matchedB[j];
        return leftA && leftB ? "different patronymics" : null;
    }

    // "Salman bin Muhammad" (Salman, son of Muhammad) is not "Muhammad bin Salman".
    private static string? FilialConflict(NormalizedName a, NormalizedName b, List<TokenPair> pairs)
    {
        if (!a.HasFilial || !b.HasFilial) return null;
        foreach (var p in pairs)
        {
            if (p.ALength != 1 || p.BLength != 1) continue;
            if (a.Tokens[p.AStart].FollowsFilial != b.Tokens[p.BStart].FollowsFilial) return "father's name in a different place";
        }
        return null;
    }
}
