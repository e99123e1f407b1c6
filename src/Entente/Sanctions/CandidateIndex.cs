using System.Numerics;

namespace Entente.Sanctions;

/// <summary>
/// Maps token keys (exact text, consonant skeleton, listed variant group, and the same for
/// adjacent tokens joined) to the name tokens that have them, so screening compares a query only
/// with names that share keys with most of its tokens.
/// </summary>
internal sealed class CandidateIndex
{
    private const int MaxTokens = 15;

    // Full comparisons per query at most: a name made of very common tokens ("Mohammed Ali")
    // shares them with hundreds of listed names; those covering most of their own tokens come first.
    private const int MaxCandidates = 48;

    // Tokens of a 3+ token name allowed to match without sharing a key (typos such as Pulin/Putin);
    // two-token names must share keys with both.
    internal int Slack { get; init; } = 1;

    // Key families, each its own map so that lookups need no string building.
    private enum Family { Text, Skeleton, FirstAndSkeleton, AnySkeleton, AbjadSkeleton, Variant, Count }

    // A posting is (name id << 5) | (token index << 1) | (1 when the key is of two joined tokens).
    private readonly Dictionary<string, int[]>[] _postings;
    private readonly byte[] _words;

    // Exact spellings whose every posting is also under the skeleton key a (Latin-script) query token of that
    // spelling looks up: "mohammed" under skeleton "mhmt", "ali" under "Vl". The query skips scanning them again.
    private readonly HashSet<string> _coveredSpellings = new(StringComparer.Ordinal);

    // Per-query working space kept for the next query and handed back clean (masks all zero,
    // lists empty); concurrent queries allocate their own. A common token touches thousands of
    // names: growing these per query was most of the allocation.
    private Scratch? _spare;

    private sealed class Scratch(int names)
    {
        public readonly int[] Masks = new int[names];
        // One spare slot: a posting scan writes each name before deciding whether it is new.
        public readonly int[] Touched = new int[names + 1];
        public readonly long[] Order = new long[names];
        public readonly List<int[]> Lists = new(32);
        public readonly List<Group> Singles = new(16);
        public readonly List<Group> Joined = new(16);
        public readonly List<(Family, string)> Keys = new(8);
        public int TouchedCount;

        public void Clear()
        {
            foreach (var id in Touched.AsSpan(0, TouchedCount)) Masks[id] = 0;
            TouchedCount = 0;
            Lists.Clear();
            Singles.Clear();
            Joined.Clear();
            Keys.Clear();
        }
    }

    /// <summary>Builds the index over names (ids are positions in <paramref name="names"/>).</summary>
    public CandidateIndex(IReadOnlyList<IndexedName> names)
    {
        var lists = new Dictionary<string, List<int>>[(int)Family.Count];
        for (int f = 0; f < lists.Length; f++) lists[f] = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keys = new List<(Family, string)>();
        _words = new byte[names.Count];
        for (int id = 0; id < names.Count; id++)
        {
            var tokens = names[id].Name.Tokens;
            int words = 0;
            for (int i = 0; i < tokens.Length && i <= MaxTokens; i++)
            {
                if (Indexable(tokens[i]))
                {
                    words++;
                    keys.Clear();
                    AddKeys(tokens[i], query: false, keys);
                    Post(keys, id << 5 | i << 1);
                }
                if (i + 1 < tokens.Length && i + 1 <= MaxTokens && Indexable(tokens[i]) && Indexable(tokens[i + 1]))
                {
                    keys.Clear();
                    AddJoined(tokens[i], tokens[i + 1], keys);
                    Post(keys, id << 5 | i << 1 | 1);
                }
            }
            _words[id] = (byte)words;
        }
        _postings = new Dictionary<string, int[]>[lists.Length];
        for (int f = 0; f < lists.Length; f++)
        {
            _postings[f] = new Dictionary<string, int[]>(lists[f].Count, StringComparer.Ordinal);
            foreach (var (key, list) in lists[f]) _postings[f][key] = [.. list];
        }
        foreach (var (text, list) in _postings[(int)Family.Text])
            if (SkeletonKeyOf(text) is { } skeleton && _postings[(int)skeleton.Family].TryGetValue(skeleton.Key, out var wider) && Includes(wider, list))
                _coveredSpellings.Add(text);

        void Post(List<(Family Family, string Key)> keySet, int posting)
        {
            foreach (var (family, key) in keySet)
            {
                if (!lists[(int)family].TryGetValue(key, out var list)) lists[(int)family][key] = list = [];
                list.Add(posting);
            }
        }
    }

    /// <summary>Number of distinct keys.</summary>
    public int KeyCount => _postings.Sum(p => p.Count);

    /// <summary>Posting-list length of each key of a token (for diagnostics).</summary>
    internal IEnumerable<(string Key, int Size)> KeySizes(NameToken token)
    {
        var keys = new List<(Family Family, string Key)>();
        AddKeys(token, query: true, keys);
        return keys.Select(k => ($"{k.Family}:{k.Key}", _postings[(int)k.Family].TryGetValue(k.Key, out var l) ? l.Length : 0));
    }

    // The posting lists found for one query token (or joined pair): lists[First..First+Count).
    private readonly record struct Group(int Mask, int First, int Count, int Size);

    /// <summary>
    /// Adds to <paramref name="into"/> the names sharing enough tokens with the query to be worth
    /// a full comparison.
    /// </summary>
    public void Candidates(NormalizedName query, List<int> into)
    {
        var scratch = Interlocked.Exchange(ref _spare, null) ?? new Scratch(_words.Length);
        // A scratch left half-written by an exception is dropped rather than handed on.
        Find(query.Tokens, scratch, into);
        scratch.Clear();
        Interlocked.Exchange(ref _spare, scratch);
    }

    private void Find(NameToken[] tokens, Scratch scratch, List<int> result)
    {
        var lists = scratch.Lists;
        var singles = scratch.Singles;
        var joined = scratch.Joined;
        var keys = scratch.Keys;
        int words = 0;
        for (int i = 0; i < tokens.Length && i <= MaxTokens; i++)
        {
            if (Indexable(tokens[i]))
            {
                words++;
                keys.Clear();
                AddKeys(tokens[i], query: true, keys);
                Collect(1 << i, keys, singles, skipCovered: !tokens[i].Abjad);
            }
            if (i + 1 < tokens.Length && i + 1 <= MaxTokens && Indexable(tokens[i]) && Indexable(tokens[i + 1]))
            {
                keys.Clear();
                AddJoined(tokens[i], tokens[i + 1], keys);
                Collect(1 << i | 1 << (i + 1), keys, joined, skipCovered: false);
            }
        }
        if (singles.Count + joined.Count == 0) return;

        // A match shares keys with most query tokens: at least two, and at least half of a long
        // query. Counting the postings of all but the (least - 1) longest lists finds every such
        // name; the longest lists are then only probed for those names.
        int least = Math.Max(Math.Min(2, words), (words + 1) / 2);
        singles.Sort(static (x, y) => x.Size.CompareTo(y.Size));
        // With no single-token key found (only joined ones), the joined lists alone drive.
        int drivers = singles.Count == 0 ? 0 : Math.Max(1, singles.Count - least + 1);

        var masks = scratch.Masks;
        var touchedIds = scratch.Touched;
        var order = scratch.Order;
        // The count stays in a local while scanning (thousands of postings for a common token).
        int touchedCount = 0;
        for (int k = 0; k < drivers + joined.Count; k++)
        {
            var t = k < drivers ? singles[k] : joined[k - drivers];
            for (int l = t.First; l < t.First + t.Count; l++)
                touchedCount = Drive(lists[l], t.Mask, masks, touchedIds, touchedCount);
        }
        scratch.TouchedCount = touchedCount;
        // Other tokens: scan a short list, or binary-search a long one for each name found so far.
        for (int k = drivers; k < singles.Count; k++)
        {
            var t = singles[k];
            var touched = touchedIds.AsSpan(0, touchedCount);
            if (t.Size <= touched.Length * 8)
            {
                for (int l = t.First; l < t.First + t.Count; l++) Mark(lists[l], t.Mask, masks);
                continue;
            }
            foreach (var id in touched)
                for (int l = t.First; l < t.First + t.Count; l++)
                    if (Probe(lists[l], id) is int bits and not 0) masks[id] |= t.Mask | bits << 16;
        }
        // Priority descending, then id ascending, packed in one number so that ordering needs no comparer.
        int qualified = 0;
        foreach (var id in touchedIds.AsSpan(0, touchedCount))
        {
            int mask = masks[id];
            int queryHits = BitOperations.PopCount((uint)mask & 0xFFFF);
            // Most names touched share one common token with the query: they stop here.
            if (queryHits < least) continue;
            int nameHits = BitOperations.PopCount((uint)mask >> 16);
            // Every token of the shorter name must be found (but one, in a long name: a misspelling).
            int slack = Math.Min(words, _words[id]) >= 3 ? Slack : 0;
            bool complete = queryHits >= words - slack || nameHits >= _words[id] - slack;
            if (nameHits >= Math.Min(2, (int)_words[id]) && complete)
            {
                int priority = queryHits * 64 + nameHits * 64 / Math.Max(1, (int)_words[id]);
                order[qualified++] = (long)(int.MaxValue - priority) << 32 | (uint)id;
            }
        }
        // The first MaxCandidates in key order, in that order (a common name qualifies thousands). Sorted even when
        // few qualify, so that the order does not depend on which lists were scanned.
        int kept = Math.Min(qualified, MaxCandidates);
        SmallestKeys.SortFirst(order.AsSpan(0, qualified), kept);
        foreach (long key in order.AsSpan(0, kept)) result.Add((int)(key & 0xFFFFFFFF));

        void Collect(int mask, List<(Family Family, string Key)> keySet, List<Group> into, bool skipCovered)
        {
            int first = lists.Count, size = 0;
            foreach (var (family, key) in keySet)
            {
                // The token's skeleton key, also in keySet, holds every posting of a covered spelling.
                if (skipCovered && family == Family.Text && _coveredSpellings.Contains(key)) continue;
                if (_postings[(int)family].TryGetValue(key, out var list)) { lists.Add(list); size += list.Length; }
            }
            if (lists.Count > first) into.Add(new Group(mask, first, lists.Count - first, size));
        }
    }

    // Marks the names of one driving posting list; returns the new number of names touched.
    // Without branches: whether a name is new is as good as random, and thousands are scanned.
    private static int Drive(int[] list, int mask, int[] masks, int[] touched, int touchedCount)
    {
        foreach (int posting in list)
        {
            int id = posting >> 5;
            ref int m = ref masks[id];
            touched[touchedCount] = id;
            touchedCount += m == 0 ? 1 : 0;
            m |= mask | NameBits(posting) << 16;
        }
        return touchedCount;
    }

    // Adds one list's tokens to the names already touched.
    private static void Mark(int[] list, int mask, int[] masks)
    {
        foreach (int posting in list)
        {
            ref int m = ref masks[posting >> 5];
            m |= m != 0 ? mask | NameBits(posting) << 16 : 0;
        }
    }

    // One token bit, or two for a key of two joined tokens.
    private static int NameBits(int posting) => (1 | (posting & 1) << 1) << (posting >> 1 & 0xF);

    // Postings are sorted by name id: binary-search the first posting of `id`, then OR its tokens.
    private static int Probe(int[] list, int id)
    {
        int lo = 0, hi = list.Length, first = id << 5;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (list[mid] < first) lo = mid + 1; else hi = mid;
        }
        int bits = 0;
        for (int i = lo; i < list.Length && list[i] >> 5 == id; i++) bits |= NameBits(list[i]);
        return bits;
    }

    private static bool Indexable(NameToken t) => t.Kind is TokenKind.Core or TokenKind.Patronymic or TokenKind.Initials;

    // Keys: exact text, listed variant group, and a consonant skeleton — alone when it has three
    // consonants or more, else with the first letter (vowels as one class: Omar/Umar, Hasan/Husayn).
    // Arabic-script tokens have no vowels to compare: "a:" (every token) and "x:" (abjad tokens)
    // keys let them and Latin spellings find each other.
    private static void AddKeys(NameToken t, bool query, List<(Family, string)> keys)
    {
        keys.Add((Family.Text, t.Text));
        foreach (var g in t.Variants) keys.Add((Family.Variant, g));
        string sk = t.Skeleton;
        if (sk.Length >= 3) keys.Add((Family.Skeleton, sk));
        else if (sk.Length >= 1 && !t.Abjad) keys.Add((Family.FirstAndSkeleton, (IsVowel(t.Text[0]) ? "V" : t.Text[..1]) + sk));
        if (sk.Length < 2) return;
        if (!query || t.Abjad) keys.Add((Family.AnySkeleton, sk));
        if (!query && t.Abjad || query && !t.Abjad) keys.Add((Family.AbjadSkeleton, sk));
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // The skeleton key AddKeys gives a Latin-script query token of this spelling, if any.
    private static (Family Family, string Key)? SkeletonKeyOf(string text)
    {
        string sk = PhoneticKey.Skeleton(text, false);
        if (sk.Length >= 3) return (Family.Skeleton, sk);
        return sk.Length >= 1 ? (Family.FirstAndSkeleton, (IsVowel(text[0]) ? "V" : text[..1]) + sk) : null;
    }

    // Both lists ascend (postings are made in name order, then token order): a merge tells inclusion.
    private static bool Includes(int[] wider, int[] list)
    {
        int w = 0;
        foreach (int posting in list)
        {
            while (w < wider.Length && wider[w] < posting) w++;
            if (w == wider.Length || wider[w] != posting) return false;
            w++;
        }
        return true;
    }

    private static void AddJoined(NameToken a, NameToken b, List<(Family, string)> keys)
    {
        string text = a.Text + b.Text;
        keys.Add((Family.Text, text));
        string skeleton = PhoneticKey.Skeleton(text, a.Abjad || b.Abjad);
        if (skeleton.Length >= 3) keys.Add((Family.Skeleton, skeleton));
    }
}
