using System.Text;

namespace Entente.Sanctions;

/// <summary>
/// Reduces a name to typed ASCII tokens: script conversion, case and punctuation folding,
/// "LAST, First" reordering, legal forms, initials, numbers, honorifics and particles.
/// </summary>
internal static class NameNormalizer
{
    /// <summary>A token before classification.</summary>
    private sealed class Raw(string text, bool abjad, bool cjk)
    {
        public string Text = text;
        public readonly bool Abjad = abjad;
        public readonly bool Cjk = cjk;
        public bool HyphenAfter;
        public TokenKind? Kind;
        public int Word;
    }

    /// <summary>Normalises a name.</summary>
    public static NormalizedName Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return NormalizedName.Empty;
        string original = name.Trim();
        var raws = Tokenize(Reorder(original));
        if (raws.Count == 0) return new NormalizedName(original, [], false, "");

        FoldLegalPhrases(raws);
        CollapseInitials(raws);
        bool orgLike = OrgLike(raws);
        TokenClassifier.Classify(raws.ConvertAll(r => new TokenClassifier.Item(r.Text, r.Cjk, r.HyphenAfter, r.Kind)), orgLike, out var kinds, out var texts);

        var tokens = new NameToken[raws.Count];
        bool afterFilial = false;
        for (int i = 0; i < raws.Count; i++)
        {
            var kind = kinds[i];
            string text = texts[i];
            tokens[i] = new NameToken(text, kind, raws[i].Abjad, raws[i].Cjk, afterFilial && kind == TokenKind.Core);
            afterFilial = kind == TokenKind.Filial;
        }
        ulong wordsWithNames = 0;
        for (int i = 0; i < raws.Count; i++)
            if (tokens[i].IsRequired) wordsWithNames |= 1UL << Math.Min(raws[i].Word, 63);
        return new NormalizedName(original, tokens, orgLike, CjkCompact(original))
        {
            WordCount = System.Numerics.BitOperations.PopCount(wordsWithNames),
        };
    }

    private static bool OrgLike(List<Raw> raws)
    {
        foreach (var r in raws)
        {
            if (r.Kind == TokenKind.LegalForm || NameVocabulary.OrganisationWords.Contains(r.Text)) return true;
            if (raws.Count >= 3 && r.Text is "and" or "of") return true;
        }
        return false;
    }

    // "CABELLO RONDON, Diosdado" → "Diosdado CABELLO RONDON", so a patronymic sits in the middle.
    private static string Reorder(string name)
    {
        int comma = name.IndexOf(',');
        if (comma <= 0 || comma != name.LastIndexOf(',') || comma == name.Length - 1) return name;
        return name[(comma + 1)..].Trim() + " " + name[..comma].Trim();
    }

    private static List<Raw> Tokenize(string name)
    {
        var words = Words(name);
        var raws = new List<Raw>(words.Count + 2);
        var sb = new StringBuilder(32);
        int word = 0;
        foreach (var w in words)
        {
            if (w == "&") { raws.Add(new Raw("and", false, false) { Word = word++ }); continue; }
            // A Han or Hangul name splits into family and given name: two words.
            foreach (var piece in NameTransliterator.Convert(w, words.Count == 1))
                SplitPiece(piece, raws, word++, sb);
        }
        return raws;
    }

    // Words are separated by white space and by punctuation that never joins name parts.
    private static List<string> Words(string name)
    {
        var words = new List<string>(4);
        int start = -1;
        for (int i = 0; i <= name.Length; i++)
        {
            bool separator = i == name.Length || IsSeparator(name[i]);
            if (!separator) { if (start < 0) start = i; continue; }
            if (start >= 0) words.Add(name[start..i]);
            start = -1;
        }
        return words;
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c switch
    {
        ',' or ';' or '/' or '\\' or '(' or ')' or '[' or ']' or '{' or '}' or '"' or '\u201C' or '\u201D' or '\u201E'
            or '\u00AB' or '\u00BB' or '|' or ':' or '!' or '?' or '\u00B7' or '\u30FB' or '+' or '*' or '#' or '=' => true,
        _ => false,
    };

    // Splits an ASCII piece on hyphens, dots and other punctuation; apostrophes vanish (Ch'oe → choe).
    private static void SplitPiece(AsciiPiece piece, List<Raw> raws, int word, StringBuilder sb)
    {
        sb.Clear();
        foreach (char ch in piece.Text)
        {
            char c = char.ToLowerInvariant(ch);
            if (char.IsAsciiLetterOrDigit(c)) { sb.Append(c); continue; }
            if (c is '\'' or '`' or '\u2019' or '\u02BC') continue;
            if (c == '&') { Flush(); raws.Add(new Raw("and", piece.Abjad, piece.Cjk) { Word = word }); continue; }
            bool hyphen = c is '-' or '\u2010' or '\u2011' or '\u2013' or '_';
            Flush();
            if (hyphen && raws.Count > 0) raws[^1].HyphenAfter = true;
        }
        Flush();

        void Flush()
        {
            if (sb.Length == 0) return;
            raws.Add(new Raw(Deleet(sb.ToString()), piece.Abjad, piece.Cjk) { Word = word });
            sb.Clear();
        }
    }

    // "Ig0r Sech1n" → "igor sechin"; pure numbers and ordinals (1st, 2nd) are left alone.
    private static string Deleet(string token)
    {
        int digits = 0, letters = 0;
        foreach (char c in token) { if (char.IsAsciiDigit(c)) digits++; else letters++; }
        if (digits == 0 || letters < 2 || digits > 2 || NameVocabulary.NumberWords.ContainsKey(token)) return token;
        var chars = token.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
            chars[i] = chars[i] switch { '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '9' => 'g', _ => chars[i] };
        return new string(chars);
    }

    private static void FoldLegalPhrases(List<Raw> raws)
    {
        for (int i = 0; i < raws.Count; i++)
        {
            if (raws[i].Kind != null || raws[i].Text.Length < 2) continue;
            // Phrases are tried only when their first word starts with the token's letter.
            if (!NameVocabulary.LegalPhrasesByLetter.TryGetValue(raws[i].Text[0], out var phrases)) continue;
            foreach (var (words, replacement) in phrases)
            {
                if (i + words.Length > raws.Count) continue;
                bool hit = true;
                for (int k = 0; k < words.Length && hit; k++)
                    hit = raws[i + k].Kind == null && LegalWord(raws[i + k].Text, words[k], i + k == raws.Count - 1);
                if (!hit) continue;
                raws[i].Text = replacement;
                raws[i].Kind = TokenKind.LegalForm;
                raws[i].HyphenAfter = raws[i + words.Length - 1].HyphenAfter;
                raws.RemoveRange(i + 1, words.Length - 1);
                break;
            }
        }
    }

    // Legal forms are often misspelt or cut off at a field limit ("Aktiengeselschaft", "JOINT STOCK COMPAN").
    private static bool LegalWord(string token, string word, bool last)
    {
        if (token == word) return true;
        if (word.Length < 5 || token.Length < 4 || token[0] != word[0]) return false;
        if (last && token.Length >= 5 && word.StartsWith(token, StringComparison.Ordinal)) return true;
        return Math.Abs(token.Length - word.Length) <= 1 && StringSimilarity.EditDistance(token, word, 1) <= 1;
    }

    // "A.B.C." and "J.-C." arrive as runs of one-letter tokens of one word: join them ("abc", "jc").
    private static void CollapseInitials(List<Raw> raws)
    {
        for (int i = 0; i < raws.Count; i++)
        {
            int j = i;
            while (j < raws.Count && IsLetterToken(raws[j]) && raws[j].Word == raws[i].Word) j++;
            if (j - i < 2) continue;
            var sb = new StringBuilder();
            for (int k = i; k < j; k++) sb.Append(raws[k].Text);
            string text = sb.ToString();
            raws[i].Text = text;
            raws[i].Kind = NameVocabulary.LegalForms.Contains(text) ? TokenKind.LegalForm : TokenKind.Initials;
            raws[i].HyphenAfter = raws[j - 1].HyphenAfter;
            raws.RemoveRange(i + 1, j - i - 1);
        }
    }

    private static bool IsLetterToken(Raw r) => r.Kind == null && !r.Cjk && r.Text.Length == 1 && char.IsAsciiLetter(r.Text[0]);

    private static string CjkCompact(string original)
    {
        StringBuilder? sb = null;
        foreach (char c in original)
        {
            if (NameTransliterator.IsCjk(c)) (sb ??= new StringBuilder()).Append(c);
            else if (char.IsLetterOrDigit(c)) return "";
        }
        return sb?.ToString() ?? "";
    }
}
