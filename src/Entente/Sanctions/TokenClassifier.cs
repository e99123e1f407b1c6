namespace Entente.Sanctions;

/// <summary>Decides the <see cref="TokenKind"/> of each token from its text and its neighbours.</summary>
internal static class TokenClassifier
{
    /// <summary>A token to classify.</summary>
    public readonly record struct Item(string Text, bool Cjk, bool HyphenAfter, TokenKind? Preset);

    private static readonly string[] AbdPrefixes = ["abdoul", "abdel", "abdal", "abdol", "abdil", "abdul"];

    /// <summary>Classifies tokens; also returns canonical texts (number words as digits, "Abd al" as "abdul").</summary>
    public static void Classify(List<Item> items, bool orgLike, out TokenKind[] kinds, out string[] texts)
    {
        int n = items.Count;
        kinds = new TokenKind[n];
        texts = new string[n];
        var edgeLegal = EdgeLegalForms(items);
        for (int i = 0; i < n; i++)
        {
            texts[i] = items[i].Text;
            kinds[i] = items[i].Preset ?? (items[i].Cjk ? TokenKind.Core
                : edgeLegal[i] ? TokenKind.LegalForm : Basic(items, i, orgLike, texts));
        }

        if (!orgLike) MarkHonorifics(items, kinds);
        CanonicaliseAbd(texts, kinds);
        MarkPatronymic(texts, kinds);

        // A name made only of optional words ("Al Hafiz") keeps them as its words.
        bool anyRequired = false;
        foreach (var k in kinds) anyRequired |= k is TokenKind.Core or TokenKind.Initial or TokenKind.Initials;
        if (!anyRequired)
            for (int i = 0; i < n; i++)
                if (kinds[i] is TokenKind.Honorific or TokenKind.Particle or TokenKind.Filial or TokenKind.Stop)
                    kinds[i] = TokenKind.Core;
    }

    private static TokenKind Basic(List<Item> items, int i, bool orgLike, string[] texts)
    {
        string t = items[i].Text;
        int n = items.Count;
        if (AllDigits(t)) return TokenKind.Number;
        if (NameVocabulary.NumberWords.TryGetValue(t, out var digits) && (orgLike || !IsRoman(t)) && n > 1)
        {
            texts[i] = digits;
            return TokenKind.Number;
        }
        if (orgLike && i > 0 && t is "i" or "v" or "x")
        {
            texts[i] = t == "i" ? "1" : t == "v" ? "5" : "10";
            return TokenKind.Number;
        }
        if (t.Length == 1 && char.IsAsciiLetter(t[0])) return TokenKind.Initial;
        if (items[i].HyphenAfter && i + 1 < n && NameVocabulary.HyphenParticles.Contains(t)) return TokenKind.Particle;
        if (NameVocabulary.Filial.Contains(t) && n > 1)
        {
            if (i > 0 && i < n - 1) return TokenKind.Filial;
            // "Ben" opening a name is usually the given name (Ben Netanyahu).
            if (i > 0 || t != "ben") return TokenKind.Particle;
        }
        if (NameVocabulary.Particles.Contains(t) && n > 1) return TokenKind.Particle;
        if (t is "no" or "nr" && i + 1 < n && char.IsAsciiDigit(items[i + 1].Text[0])) return TokenKind.Stop;
        if (NameVocabulary.StopWords.Contains(t) && t is not ("no" or "nr") && (orgLike || t is "the" or "of" or "and")) return TokenKind.Stop;
        if (NameVocabulary.UnambiguousHonorifics.Contains(t) && !orgLike && n > 1) return TokenKind.Honorific;
        return TokenKind.Core;
    }

    // Short legal forms count only in a run at either end ("OAO Gazprom", "Nanshan Group Co Ltd");
    // "AO" or "SA" inside a name may be a name.
    private static bool[] EdgeLegalForms(List<Item> items)
    {
        int n = items.Count;
        var edge = new bool[n];
        bool IsLegal(int i) => items[i].Preset == TokenKind.LegalForm || !items[i].Cjk && NameVocabulary.LegalForms.Contains(items[i].Text);
        int lead = 0;
        while (lead < n && IsLegal(lead)) lead++;
        int trail = n;
        while (trail > 0 && IsLegal(trail - 1)) trail--;
        if (lead >= n) return edge; // nothing but legal forms: keep them as words
        for (int i = 0; i < lead; i++) edge[i] = true;
        for (int i = trail; i < n; i++) edge[i] = true;
        return edge;
    }

    private static bool IsRoman(string t)
    {
        foreach (char c in t)
            if (c is not ('i' or 'v' or 'x')) return false;
        return true;
    }

    private static bool AllDigits(string t)
    {
        foreach (char c in t)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    // Titles lead the name: "President Recep Tayyip Erdogan", "Shaikh Isa Bin Tarif".
    private static void MarkHonorifics(List<Item> items, TokenKind[] kinds)
    {
        int words = 0;
        foreach (var k in kinds) if (k == TokenKind.Core) words++;
        for (int i = 0; i < items.Count && words > 1; i++)
        {
            if (kinds[i] == TokenKind.Honorific) continue;
            if (kinds[i] != TokenKind.Core || !NameVocabulary.Honorifics.Contains(items[i].Text)) break;
            kinds[i] = TokenKind.Honorific;
            words--;
        }
    }

    // "Abd al-Aziz", "Abdel Aziz", "Abdul Aziz" and "Abdelaziz" → "abdul aziz" / "abdulaziz".
    private static void CanonicaliseAbd(string[] texts, TokenKind[] kinds)
    {
        for (int i = 0; i < texts.Length; i++)
        {
            if (kinds[i] != TokenKind.Core) continue;
            string t = texts[i];
            if (t is "abd" or "abdu" && i + 1 < texts.Length && kinds[i + 1] == TokenKind.Particle) { texts[i] = "abdul"; continue; }
            foreach (var p in AbdPrefixes)
            {
                if (!t.StartsWith(p, StringComparison.Ordinal)) continue;
                if (t.Length == p.Length || t.Length >= p.Length + 3) texts[i] = "abdul" + t[p.Length..];
                break;
            }
        }
    }

    // A patronymic sits between given name and family name: "Sergey Viktorovich Lavrov".
    private static void MarkPatronymic(string[] texts, TokenKind[] kinds)
    {
        var words = new List<int>();
        for (int i = 0; i < kinds.Length; i++)
            if (kinds[i] == TokenKind.Core) words.Add(i);
        if (words.Count < 3) return;
        for (int w = 1; w < words.Count - 1; w++)
        {
            string t = texts[words[w]];
            if (t.Length < 7) continue;
            foreach (var suffix in NameVocabulary.PatronymicSuffixes)
                if (t.EndsWith(suffix, StringComparison.Ordinal)) { kinds[words[w]] = TokenKind.Patronymic; break; }
        }
    }
}
