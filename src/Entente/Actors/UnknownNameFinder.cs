using Entente.Documents;
using Entente.Text;

namespace Entente.Actors;

/// <summary>Finds capitalised names the knowledge base does not know and types them from context:
/// a keyword makes an organisation or a place ("... Office", "... Hill"); a title, honorific,
/// apposition or speech verb makes a person ("Cuba's vice-attorney general, Alina Montesino Li").
/// Names with no such evidence are left alone rather than guessed.</summary>
internal sealed class UnknownNameFinder(NameWords words)
{
    private const int TitleReach = 24;

    /// <summary>The names of the sentence that the dictionary did not know, or null when there are none.</summary>
    public List<Mention>? Find(string text, IReadOnlyList<Token> tokens, Sentence sentence, IReadOnlyList<Mention> known)
    {
        // Most sentences name nobody new: the list is made for the first name found.
        List<Mention>? found = null;
        Span<bool> covered = sentence.TokenEnd - sentence.TokenStart <= 256
            ? stackalloc bool[sentence.TokenEnd - sentence.TokenStart]
            : new bool[sentence.TokenEnd - sentence.TokenStart];
        for (var k = 0; k < known.Count; k++)
        {
            var m = known[k];
            for (var t = m.TokenStart; t < m.TokenEnd; t++)
            {
                covered[t - sentence.TokenStart] = true;
            }
        }
        // Headlines and tables written in capitals: capitals tell nothing there.
        // Read in place: every token of the sentence is looked at, most only to see that it starts no name.
        var all = tokens.AsSpan();
        var lowerCase = HasLowerCase(all, sentence);
        var i = sentence.TokenStart;
        while (i < sentence.TokenEnd)
        {
            var end = RunEnd(all, i, sentence, covered);
            if (end <= i)
            {
                i++;
                continue;
            }
            var start = i;
            // "Air France", "Real Madrid", "Israel Radio", "Bank of England": a name built on a place name.
            if (lowerCase && PlaceBuilt(text, tokens, known, sentence, start, end) is { } built)
            {
                (found ??= []).Add(built);
                i = built.TokenEnd;
                continue;
            }
            // A run cut short by a capitalised title ("Supreme Prosecutor's Office") is part of a longer name.
            if (end < sentence.TokenEnd && covered[end - sentence.TokenStart] && tokens[end].Capitalized)
            {
                i = end;
                continue;
            }
            // A capitalised sentence opener ("Friendly relations ...") is no name on its own; an acronym is.
            if (IsOpening(tokens, start, sentence) && (end - start == 1 && !(lowerCase && IsAcronym(tokens, start, end)) || words.Is(tokens[start].Norm, "SKIP")))
            {
                i = start + 1;
                continue;
            }
            var mention = Classify(text, tokens, sentence, start, end, known, lowerCase);
            if (mention is not null)
            {
                (found ??= []).Add(mention);
            }
            i = end;
        }
        return found;
    }

    private int RunEnd(ReadOnlySpan<Token> tokens, int i, Sentence sentence, ReadOnlySpan<bool> covered)
    {
        var end = i;
        var lastName = i - 1;
        while (end < sentence.TokenEnd && !covered[end - sentence.TokenStart])
        {
            ref readonly var t = ref tokens[end];
            if (t.Kind == TokenKind.Word && t.Capitalized && !words.Is(t.Norm, "SKIP"))
            {
                lastName = end++;
                continue;
            }
            // Most tokens start no run: decide that before looking the word up.
            if (end == i)
            {
                break;
            }
            var glue = t.Transparent || t.Norm is "'s" or "&" && end + 1 < sentence.TokenEnd && tokens[end + 1].Capitalized
                || !t.Capitalized && words.Is(t.Norm, "PARTICLE");
            if (!glue)
            {
                break;
            }
            end++;
        }
        return lastName + 1;
    }

    /// <summary>A lone word of two to six capitals ("the SDA", "CFDT"); only telling in a sentence not written in capitals.</summary>
    private static bool IsAcronym(IReadOnlyList<Token> tokens, int start, int end) =>
        end - start == 1 && tokens[start].AllCaps && tokens[start].Norm.Length is >= 2 and <= 6 && tokens[start].Norm.All(char.IsLetter);

    /// <summary>False for headlines and tables written in capitals.</summary>
    private static bool HasLowerCase(ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.TokenStart; k < sentence.TokenEnd; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && !tokens[k].Capitalized)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Unknown capitalised words written against a known place or state make one name with it: an
    /// organisation ("Air France", "Israel Radio", "Bank of England", "Turkish Petroleum") or, with a place
    /// word, a place ("South China Sea"). An organisation takes the place's country.</summary>
    private Mention? PlaceBuilt(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> known, Sentence sentence, int start, int end)
    {
        // The place after the run, directly or through "of" ("Bank of England").
        var gap = end < sentence.TokenEnd && tokens[end].Norm == "of" ? 1 : 0;
        Mention? after = null, before = null;
        foreach (var m in known)
        {
            if (m.Kind != MentionKind.Dictionary)
            {
                continue;
            }
            if (after is null && m.TokenStart == end + gap && IsPlaceLike(m, gap == 0))
            {
                after = m;
            }
            if (before is null && m.TokenEnd == start && IsPlaceLike(m, true))
            {
                before = m;
            }
        }
        if (after is null && before is null)
        {
            return null;
        }
        var hasWord = AnyWord(tokens, start, end, "ORG") || AnyWord(tokens, start, end, "LOC");
        if (after is not null && (gap == 1 ? hasWord : !IsOpening(tokens, start, sentence) || end - start > 1))
        {
            // "South China Sea", "Radio Free Europe Bureau": capitalised words after the place belong to the name too.
            var last = after.TokenEnd;
            while (last < sentence.TokenEnd && tokens[last].Kind == TokenKind.Word && tokens[last].Capitalized && !words.Is(tokens[last].Norm, "SKIP")
                   && !known.Any(m => m.TokenStart == last))
            {
                last++;
            }
            // "Eastern Ukraine", "South Lebanon": a part of the state, which the event coder reads as the state itself.
            var directionOnly = !AnyWordBut(tokens, start, end, "DIRECTION");
            return directionOnly && last == after.TokenEnd ? null : Built(text, tokens, sentence, start, last, after);
        }
        // "Israel Radio", "Turkish Airlines": after an adjective only with an organisation word.
        // Not before a person's name ("in Moscow Ivan Petrov said").
        if (before is not null && (before.Entry!.Kind != LexKind.Demonym || hasWord) && !words.IsGivenName(tokens[start].Norm))
        {
            return Built(text, tokens, sentence, before.TokenStart, end, before);
        }
        return null;
    }

    // Loops rather than Enumerable.Range(...).Any(lambda): this runs for every capitalised run of the text.
    private bool AnyWord(IReadOnlyList<Token> tokens, int start, int end, string cls)
    {
        for (var k = start; k < end; k++)
        {
            if (words.Is(tokens[k].Norm, cls))
            {
                return true;
            }
        }
        return false;
    }

    private bool AnyWordBut(IReadOnlyList<Token> tokens, int start, int end, string cls)
    {
        for (var k = start; k < end; k++)
        {
            if (!words.Is(tokens[k].Norm, cls))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyToken(IReadOnlyList<Token> tokens, int start, int end, string norm)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Norm == norm)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPlaceLike(Mention m, bool demonymToo) =>
        m.Entry?.Kind is LexKind.Country or LexKind.Capital or LexKind.Place || demonymToo && m.Entry?.Kind is LexKind.Demonym;

    private Mention Built(string text, IReadOnlyList<Token> tokens, Sentence sentence, int start, int end, Mention place)
    {
        var isPlace = AnyWord(tokens, start, end, "LOC") && !AnyWord(tokens, start, end, "ORG");
        var rule = (isPlace ? "unknown place name built on " : "unknown organisation name built on ") + place.Text;
        // An organisation is the place's ("Air France"); a sea or a region named after a state is not the state's.
        return MentionFactory.Unknown(text, tokens, sentence.Index, start, end, isPlace ? "LOC" : "ORG", rule, 0.6) with
        {
            Country = isPlace ? null : place.Country,
        };
    }

    private static bool IsOpening(IReadOnlyList<Token> tokens, int i, Sentence sentence)
    {
        var j = i - 1;
        while (j >= sentence.TokenStart && tokens[j].Kind == TokenKind.Punct && tokens[j].Norm is "\"" or "(" or "'" or "—")
        {
            j--;
        }
        return j < sentence.TokenStart || tokens[j].Norm is ":" or "." or "—";
    }

    private Mention? Classify(string text, IReadOnlyList<Token> tokens, Sentence sentence, int start, int end, IReadOnlyList<Mention> known,
        bool lowerCase)
    {
        string? type = null;
        string? country = null;
        string? sector = null;
        string? role = null;
        string rule;
        var confidence = 0.6;
        if (AnyWord(tokens, start, end, "ORG"))
        {
            type = "ORG";
            rule = "unknown name with an organisation word";
            country = CountryAfterOf(known, end, sentence);
        }
        else if (AnyWord(tokens, start, end, "LOC"))
        {
            type = "LOC";
            rule = "unknown name with a place word";
        }
        else if (lowerCase && IsAcronym(tokens, start, end))
        {
            type = "ORG";
            rule = "unknown acronym";
            confidence = 0.5;
        }
        else if (TitleBefore(tokens, known, start, sentence) is { } title)
        {
            type = "PERSON";
            rule = "unknown name after a title (" + title.Title.Text + ")";
            sector = title.Title.Sector;
            country = title.Country;
            role = text[title.Title.Span.Start..title.RoleEnd].Trim(' ', ',', '"', '\u201C', '\u201D');
            confidence = 0.8;
        }
        else if (start > sentence.TokenStart && words.Is(tokens[start - 1].Norm.TrimEnd('.'), "HONORIFIC"))
        {
            type = "PERSON";
            rule = "unknown name after an honorific";
        }
        else if (end - start >= 2 && end < sentence.TokenEnd && words.Is(tokens[end].Norm, "SPEECH"))
        {
            type = "PERSON";
            rule = "unknown name before a speech verb";
        }
        else if (end - start >= 2 && end - start <= 4 && words.IsGivenName(tokens[start].Norm) && !tokens[start].AllCaps)
        {
            type = "PERSON";
            rule = "unknown name that starts with a given name";
            confidence = 0.7;
        }
        else if (AnyToken(tokens, start, end, "&"))
        {
            type = "ORG";
            rule = "unknown names joined by an ampersand";
        }
        else
        {
            return null;
        }
        return MentionFactory.Unknown(text, tokens, sentence.Index, start, end, type, rule, confidence) with
        {
            Country = country,
            Sector = sector,
            Role = role,
        };
    }

    private static string? CountryAfterOf(IReadOnlyList<Mention> known, int end, Sentence sentence) =>
        known.Where(m => m.Sentence == sentence.Index && m.TokenStart >= end && m.TokenStart <= end + 3 && m.Country is not null
                         && m.Entry?.Kind is LexKind.Country or LexKind.Demonym)
            .Select(m => m.Country).FirstOrDefault();

    private sealed record TitleContext(Mention Title, string? Country, int RoleEnd);

    /// <summary>A title agent shortly before the name, with only quotes, commas, "of the ..." and names between.</summary>
    private static TitleContext? TitleBefore(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> known, int start, Sentence sentence)
    {
        var title = known.Where(m => m.Sentence == sentence.Index && m.IsAgent && m.Entry!.Agent!.Kind == "title"
                                     && m.TokenEnd <= start && start - m.TokenEnd <= TitleReach)
            .OrderByDescending(m => m.TokenEnd).FirstOrDefault();
        if (title is null)
        {
            return null;
        }
        for (var k = title.TokenEnd; k < start; k++)
        {
            var t = tokens[k];
            var inMention = known.Any(m => m.TokenStart <= k && k < m.TokenEnd);
            var ok = inMention || t.Capitalized || t.Transparent || t.Norm is "of" or "the" or "," or "\"" or "'s" or "'" or "and" or "for";
            if (!ok)
            {
                return null;
            }
        }
        // The country: "Cuba's vice-attorney general", "Venezuelan foreign minister", or "... of the Republic of Cuba"
        // (not where the office is held: "the US commander in Iraq, General ...").
        var country = known.Where(m => m.Sentence == sentence.Index && m.Country is not null
                                       && m.Entry?.Kind is LexKind.Country or LexKind.Demonym or LexKind.Organisation
                                       && !(m.TokenStart > sentence.TokenStart && tokens[m.TokenStart - 1].Norm is "in" or "at" or "near" or "inside")
                                       && (m.TokenEnd <= title.TokenStart && title.TokenStart - m.TokenEnd <= 5
                                           || m.TokenStart >= title.TokenEnd && m.TokenEnd <= start))
            .OrderByDescending(m => m.Entry!.Kind is LexKind.Country or LexKind.Demonym ? 1 : 0)
            .ThenByDescending(m => m.TokenStart).Select(m => m.Country).FirstOrDefault();
        var roleEnd = tokens[start - 1].End;
        return new TitleContext(title, country, roleEnd);
    }
}
