using Entente.Actors;
using Entente.Text;

namespace Entente.Events;

/// <summary>Finds event patterns in a sentence. Between two words of a pattern up to two filler tokens
/// may stand ("led a delegation to"); <c>*</c> allows more. No gap crosses a clause boundary.</summary>
/// <remarks>Stateless apart from the dictionary; thread-safe.</remarks>
/// <param name="vocabulary">When given (and holding every pattern word), the tokens it numbered are looked up by number.</param>
public sealed class PatternMatcher(PatternDictionary patterns, Func<string, bool> isModifier, Vocabulary? vocabulary = null)
{
    private readonly int[]? _idByNumber = vocabulary is null ? null : patterns.NumberedBy(vocabulary);

    private const int Filler = 2;

    private static readonly HashSet<string> Boundaries = new(StringComparer.Ordinal)
    {
        ",", ";", ":", ".", "!", "?", "—", "(", ")", "\"", "that", "which", "who", "whom", "whose", "but", "while", "said", "says",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "their", "its", "his", "her", "our", "my", "your" };

    /// <summary>Every hit in the sentence, grouped into clusters of overlapping triggers; each cluster is
    /// ordered best first (a found target, then more literal words). The coder keeps the first that codes.</summary>
    public List<List<PatternHit>> Match(IReadOnlyList<Token> tokens, Sentence sentence, IReadOnlyList<ActorPhrase> actors) =>
        Match(tokens, sentence, actors, null);

    /// <summary>As <see cref="Match(IReadOnlyList{Token}, Sentence, IReadOnlyList{ActorPhrase})"/>, for tokens whose
    /// words <paramref name="numberedBy"/> numbered.</summary>
    public List<List<PatternHit>> Match(IReadOnlyList<Token> tokens, Sentence sentence, IReadOnlyList<ActorPhrase> actors, Vocabulary? numberedBy)
    {
        var byNumber = _idByNumber is { } idByNumber && ReferenceEquals(numberedBy, vocabulary) ? idByNumber : null;
        var hits = new List<PatternHit>();
        // Which pattern words the sentence has, as bits: a pattern is tried only when all its words are there (common
        // verbs such as "urged", "held" or "called" start a hundred patterns each). Word ids share the bits modulo their
        // number, so a bit may stand for another word: that only lets a pattern be tried in vain, never skipped.
        var length = sentence.TokenEnd - sentence.TokenStart;
        Span<int> ids = length <= 256 ? stackalloc int[length] : new int[length];
        Span<ulong> present = stackalloc ulong[PatternCandidate.PresenceWords];
        for (var k = 0; k < length; k++)
        {
            var token = tokens[sentence.TokenStart + k];
            var id = ids[k] = byNumber is not null && token.Kind != TokenKind.Punct ? byNumber[token.Word] : patterns.WordId(token.Norm);
            if (id >= 0)
            {
                PatternCandidate.MarkPresent(present, id);
            }
        }
        for (var i = sentence.TokenStart; i < sentence.TokenEnd; i++)
        {
            if (ids[i - sentence.TokenStart] is var id && id < 0)
            {
                continue;
            }
            // "the pass of", "their meeting": after a determiner the word is a noun, whatever a verb pattern says.
            var afterDeterminer = i > sentence.TokenStart && Determiners.Contains(tokens[i - 1].Norm);
            // Whether the word can be a verb here does not depend on the pattern: decided once, when first needed.
            bool? verb = null;
            foreach (var candidate in patterns.StartingWith(id))
            {
                var pattern = candidate.Pattern;
                if (!pattern.IsNoun && (afterDeterminer || !(verb ??= !NotAVerb(tokens, sentence, i) && !Auxiliary(tokens, sentence, i))))
                {
                    continue;
                }
                if (candidate.WordsPresent(present) && TryMatch(tokens, sentence, actors, pattern, i) is { } hit)
                {
                    hits.Add(hit);
                }
            }
        }
        hits.Sort((a, b) => a.TriggerStart != b.TriggerStart ? a.TriggerStart.CompareTo(b.TriggerStart) : a.TriggerEnd.CompareTo(b.TriggerEnd));
        var clusters = new List<List<PatternHit>>();
        var clusterEnd = -1;
        foreach (var hit in hits)
        {
            if (clusters.Count == 0 || hit.TriggerStart >= clusterEnd)
            {
                clusters.Add([]);
            }
            clusters[^1].Add(hit);
            clusterEnd = Math.Max(clusterEnd, hit.TriggerEnd);
        }
        foreach (var cluster in clusters)
        {
            cluster.Sort((a, b) => Better(a, b) ? -1 : Better(b, a) ? 1 : 0);
            if (cluster.Count > 1 && cluster.Exists(h => h.Pattern.Fallback))
            {
                // A catch-all is tried after any specific pattern inside it ("threatened to hold a strike unless ...": the strike).
                var yielding = cluster.FindAll(f => f.Pattern.Fallback && cluster.Exists(o => !o.Pattern.Fallback && Inside(f, o)));
                cluster.RemoveAll(yielding.Contains);
                cluster.AddRange(yielding);
            }
        }
        return clusters;
    }

    // A pattern that found its target beats one that names none; a verb beats a noun ("signed a trade
    // agreement with" is a signing); then the more literal words, the better.
    // A hit whose verb takes the other's first word as its object ("held a general strike" over "strike +") wins first.
    private static bool Better(PatternHit a, PatternHit b) =>
        Governs(a, b) ? true
        : Governs(b, a) ? false
        : (a.TargetAt >= 0) != (b.TargetAt >= 0) ? a.TargetAt >= 0
        : a.Pattern.IsNoun != b.Pattern.IsNoun ? !a.Pattern.IsNoun
        : a.Pattern.Specificity != b.Pattern.Specificity ? a.Pattern.Specificity > b.Pattern.Specificity
        : a.TriggerEnd - a.TriggerStart != b.TriggerEnd - b.TriggerStart ? a.TriggerEnd - a.TriggerStart < b.TriggerEnd - b.TriggerStart
        : a.Exact && !b.Exact; // "left" written as such beats "leave" reaching it by inflection

    private static readonly HashSet<string> ParticipleContext = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "these", "those", "two", "three", "four", "five", "several", "many",
        "some", "with", "of", "for", "from", "among",
    };

    private static readonly HashSet<string> NounAfter = new(StringComparer.Ordinal)
    {
        "on", "of", "for", "about", "against", "from", "into", "over", "under", "without", "upon", "toward", "towards", "despite",
    };

    /// <summary>"exiled dissidents", "the jailed mayor", "days of fighting", "Free Tibet banners": a participle after a determiner or a
    /// preposition is an adjective, and a capitalised word inside a name is no verb.</summary>
    private static bool NotAVerb(IReadOnlyList<Token> tokens, Sentence sentence, int start)
    {
        if (start <= sentence.TokenStart)
        {
            return false;
        }
        var t = tokens[start];
        var before = tokens[start - 1];
        if (before.Joiner && start - 1 > sentence.TokenStart && tokens[start - 2].Kind == TokenKind.Word)
        {
            return true; // "the Israeli-occupied West Bank", "a Saudi-led coalition": the second half of a compound adjective
        }
        if ((t.Norm.EndsWith("ed", StringComparison.Ordinal) || t.Norm.EndsWith("ing", StringComparison.Ordinal)) && ParticipleContext.Contains(before.Norm))
        {
            return true;
        }
        if (NounAfter.Contains(before.Norm) && !t.Norm.EndsWith("ing", StringComparison.Ordinal))
        {
            return true; // "bans on travel to Canada", "talk of attack": after a preposition only a gerund is a verb
        }
        return t.Capitalized && !t.AllCaps && (before.Kind == TokenKind.Word && !before.Capitalized || before.Norm is "\"" or "``" or "'" or "`")
               && start + 1 < sentence.TokenEnd
               && tokens[start + 1].Capitalized && tokens[start + 1].Kind == TokenKind.Word;
    }

    private static readonly HashSet<string> HaveForms = new(StringComparer.Ordinal) { "have", "has", "had", "having" };

    private static readonly HashSet<string> Participles = new(StringComparer.Ordinal)
    {
        "met", "held", "made", "been", "had", "done", "gone", "got", "told", "sent", "led", "left", "fought", "won", "lost", "put", "set",
        "cut", "hit", "struck", "begun", "brought", "bought", "kept", "sought", "spent", "built", "paid", "said", "shut", "sold", "thrown",
    };

    /// <summary>A form of "have" followed (past "not", "also", adverbs) by a past participle is an auxiliary.</summary>
    private static bool Auxiliary(IReadOnlyList<Token> tokens, Sentence sentence, int start)
    {
        if (!HaveForms.Contains(tokens[start].Norm))
        {
            return false;
        }
        var k = start + 1;
        while (k < sentence.TokenEnd && (tokens[k].Norm is "not" or "also" or "already" or "never" or "just" or "since" or "now" or "again"
                                         || RoleFinder.IsAdverb(tokens[k])))
        {
            k++;
        }
        if (k >= sentence.TokenEnd || tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }
        var next = tokens[k].Norm;
        return next.EndsWith("ed", StringComparison.Ordinal) || next.EndsWith("en", StringComparison.Ordinal) || Participles.Contains(next);
    }

    private static bool PronounBefore(IReadOnlyList<Token> tokens, int start) =>
        start > 0 && tokens[start - 1].Norm is "he" or "she" or "it" or "who";

    private static bool Inside(PatternHit outer, PatternHit inner) =>
        outer.TriggerStart < inner.TriggerStart && inner.TriggerStart < Math.Max(outer.TriggerEnd, outer.TargetAt);

    private static bool Governs(PatternHit a, PatternHit b) =>
        !a.Pattern.IsNoun && a.TriggerStart < b.TriggerStart && b.TriggerStart < a.TriggerEnd && a.TriggerEnd >= b.TriggerEnd;

    /// <summary>Tries <paramref name="pattern"/> at <paramref name="start"/>; the caller has already ruled out verb patterns on a
    /// word that is no verb there ("exiled dissidents") or an auxiliary ("have postponed their meeting").</summary>
    private PatternHit? TryMatch(IReadOnlyList<Token> tokens, Sentence sentence, IReadOnlyList<ActorPhrase> actors, EventPattern pattern, int start)
    {
        if (pattern.Local && pattern.Elements.Length == 1 && tokens[start].Norm.EndsWith('s') && !PronounBefore(tokens, start))
        {
            return null; // "banned opposition rallies", "nationalist riots": a bare -s form is usually a plural noun
        }
        // Target, source, other: on the stack, as this runs for every candidate pattern of every word.
        Span<int> slots = [-1, -1, -1];
        var end = Step(tokens, sentence, actors, pattern.Elements, pattern.IsNoun, 0, start, start, slots);
        return end < 0 ? null : new PatternHit(pattern, start, end, slots[0], slots[1], slots[2])
        {
            Exact = pattern.Text.AsSpan().StartsWith(tokens[start].Norm) && (pattern.Text.Length == tokens[start].Norm.Length
                                                                              || pattern.Text[tokens[start].Norm.Length] is ' ' or '|'),
        };
    }

    /// <summary>Matches elements from <paramref name="e"/> at token <paramref name="p"/>; returns the end of the last literal, or -1.</summary>
    private int Step(IReadOnlyList<Token> tokens, Sentence sentence, IReadOnlyList<ActorPhrase> actors,
        PatternElement[] elements, bool noun, int e, int p, int lastLiteralEnd, Span<int> slots)
    {
        if (e == elements.Length)
        {
            return lastLiteralEnd;
        }
        var element = elements[e];
        var limit = sentence.TokenEnd;
        switch (element.Kind)
        {
            case ElementKind.Literal:
                {
                    var maxSkip = e == 0 ? 0 : elements[e - 1].Kind == ElementKind.Gap ? elements[e - 1].Reach : Filler;
                    var tight = noun && e > 0 && elements[e - 1].Kind == ElementKind.Literal; // "talks with", not "talks were held with"
                    var q = p;
                    for (var skipped = 0; q < limit && skipped <= maxSkip; q++)
                    {
                        var t = tokens[q];
                        if (t.Transparent)
                        {
                            continue;
                        }
                        if (t.Norm == "(" && e > 0 && elements[e - 1].Kind == ElementKind.Gap && ClosingParen(tokens, q, limit) is { } close)
                        {
                            q = close; // "pledged 120 million euros ($130 million) in aid": an aside does not count
                            continue;
                        }
                        if (element.Words!.Contains(t.Norm))
                        {
                            var r = Step(tokens, sentence, actors, elements, noun, e + 1, q + 1, q + 1, slots);
                            if (r >= 0)
                            {
                                return r;
                            }
                        }
                        if (e > 0 && !tight && PlaceAfter(tokens, actors, q, limit) is { } placeEnd)
                        {
                            q = placeEnd - 1; // "staged rallies in the Gaza Strip against", "held talks in Geneva with": where it happened is no filler
                            continue;
                        }
                        if (e > 0 && !tight && (Weekdays.Contains(t.Norm) || t.Norm is "today" or "yesterday" or "tonight"
                                                || t.Norm == "on" && q + 1 < limit && Weekdays.Contains(tokens[q + 1].Norm)))
                        {
                            continue; // "gave a warm welcome on Thursday to"
                        }
                        if (e == 0 || Boundaries.Contains(t.Norm) || StartsActor(actors, q) && elements[e - 1].Kind != ElementKind.Gap
                            || tight && !isModifier(t.Norm))
                        {
                            return -1;
                        }
                        skipped++;
                    }
                    return -1;
                }
            case ElementKind.Gap:
                return Step(tokens, sentence, actors, elements, noun, e + 1, p, lastLiteralEnd, slots);
            default:
                {
                    // An actor slot: an actor phrase must start here, after at most a determiner or two
                    // (or anywhere within a gap, "threatened to cut off electricity to +").
                    var afterGap = e > 0 && elements[e - 1].Kind == ElementKind.Gap;
                    var q = p;
                    for (var skipped = 0; q < limit && skipped <= (afterGap ? elements[e - 1].Reach : Filler); q++, skipped++)
                    {
                        if (!afterGap && q - p < MaxQuantifier && IsQuantifierWord(tokens, q, p))
                        {
                            skipped--; // "arrested more than 100 Palestinians": a quantity is part of the phrase
                            if (ActorAt(actors, q) is null)
                            {
                                continue;
                            }
                        }
                        if (q + 2 < limit && IsLowerWord(tokens[q]) && tokens[q + 1].Joiner && IsLowerWord(tokens[q + 2]))
                        {
                            q += 2; // "war-torn Mozambique", "a government-held part of": a compound adjective, one filler
                            continue;
                        }
                        if (tokens[q].Norm is "north" or "south" or "east" or "west" or "northern" or "southern" or "eastern" or "western"
                            or "central" or "upper" or "lower" && ActorAt(actors, q) is null && q + 1 < limit && ActorAt(actors, q + 1) is { Type: "LOC" } part
                            && !(part.TokenEnd < limit && tokens[part.TokenEnd].Capitalized && tokens[part.TokenEnd].Kind == TokenKind.Word))
                        {
                            continue; // "the invasion of South Lebanon", "shelled Eastern Ukraine": a part of the place named next (not "South China Sea")
                        }
                        if (ActorAt(actors, q) is { } modifier && NounModifier(tokens, modifier, limit))
                        {
                            continue; // "launch a military offensive", "attacked police stations": a group noun used as an adjective
                        }
                        if (ActorAt(actors, q) is { } actor)
                        {
                            slots[element.Kind switch { ElementKind.Target => 0, ElementKind.Source => 1, _ => 2 }] = q;
                            var r = Step(tokens, sentence, actors, elements, noun, e + 1, ConjunctsEnd(tokens, sentence, actors, actor), lastLiteralEnd, slots);
                            if (r >= 0)
                            {
                                return r;
                            }
                            return -1;
                        }
                        if (!afterGap && q + 1 < limit && Quantities.Contains(tokens[q].Norm) && tokens[q + 1].Norm == "of")
                        {
                            q++; // "met a group of X": a quantity is no object of its own
                            skipped--;
                            continue;
                        }
                        if (afterGap ? Boundaries.Contains(tokens[q].Norm) : !IsSlotFiller(tokens, q))
                        {
                            return -1; // "refused to condemn X": a verb is no determiner
                        }
                    }
                    return -1;
                }
        }
    }

    /// <summary>The end of a locative phrase starting at <paramref name="q"/> ("in Geneva", "at the Gaza Strip"): a preposition of
    /// place, at most "the", and a place; null when there is none.</summary>
    private static int? PlaceAfter(IReadOnlyList<Token> tokens, IReadOnlyList<ActorPhrase> actors, int q, int limit)
    {
        if (tokens[q].Norm is not ("in" or "at" or "near" or "outside" or "inside"))
        {
            return null;
        }
        var k = q + 1;
        if (k < limit && tokens[k].Norm == "the")
        {
            k++;
        }
        // A known place whose name ends there: "the Gulf of Oman" goes on past "Gulf", "the South China Sea" past "China".
        return k < limit && ActorAt(actors, k) is { Type: "LOC", Country: not null } place && place.TokenEnd < limit
               && tokens[place.TokenEnd].Norm != "of" && !(tokens[place.TokenEnd].Capitalized && tokens[place.TokenEnd].Kind == TokenKind.Word)
            ? place.TokenEnd : null;
    }

    /// <summary>Where a slot's actor ends with its conjuncts: "said US and British forces must" reads on after "forces".</summary>
    private static int ConjunctsEnd(IReadOnlyList<Token> tokens, Sentence sentence, IReadOnlyList<ActorPhrase> actors, ActorPhrase first)
    {
        var end = first.TokenEnd;
        while (end + 1 < sentence.TokenEnd && tokens[end].Norm is "and" or "or" or ",")
        {
            // "the Sudanese government and the rebels", "Israel, Jordan and Egypt": a determiner may open the next conjunct.
            var next = ActorAt(actors, end + 1)
                       ?? (end + 2 < sentence.TokenEnd && tokens[end + 1].Norm is "and" or "or" or "the" or "its" or "their" or "his" or "her" ? ActorAt(actors, end + 2) : null)
                       ?? (end + 3 < sentence.TokenEnd && tokens[end + 1].Norm is "and" or "or" && tokens[end + 2].Norm is "the" or "its" or "their" or "his" or "her" ? ActorAt(actors, end + 3) : null);
            if (next is null)
            {
                break;
            }
            end = next.TokenEnd;
        }
        return end;
    }

    private static int? ClosingParen(IReadOnlyList<Token> tokens, int open, int limit)
    {
        for (var k = open + 1; k < Math.Min(limit, open + 10); k++)
        {
            if (tokens[k].Norm == ")")
            {
                return k;
            }
        }
        return null;
    }

    private static readonly HashSet<string> Quantities = new(StringComparer.Ordinal)
    {
        "group", "groups", "bunch", "number", "couple", "handful", "dozen", "dozens", "hundreds", "thousands", "scores", "band", "crowd",
        "part", "parts", // "shelled rebel-held parts of Aleppo": the place is the object
    };

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "capital", "city", "town", "port", "province", "region", "village", "country", "neighbouring", "neighboring", "fellow",
    };

    private const int MaxQuantifier = 6;

    private static readonly HashSet<string> Approximators = new(StringComparer.Ordinal)
    {
        "about", "nearly", "almost", "around", "roughly", "approximately", "some", "over", "estimated", "least", "most", "another",
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "ethnic",
        "proposed", "latest", "fresh", "recent", "renewed", "alleged", "so-called", "visiting", "today", "yesterday",
    };

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly string[] AdjectiveEndings = ["al", "ous", "ive", "ful", "less", "ic", "ary", "ent", "ant", "able", "ible"];

    /// <summary>"illegal Mexican immigrants", "innocent Afghan villagers": an adjective before the actor.</summary>
    private static bool LooksAdjective(string norm)
    {
        if (norm.Length <= 5 || !char.IsLetter(norm[0]))
        {
            return false;
        }
        foreach (var ending in AdjectiveEndings)
        {
            if (norm.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> Comparatives = new(StringComparer.Ordinal) { "more", "fewer", "less" };

    /// <summary>Words of a quantity or position before the head of an actor phrase: "more than 100", "at least
    /// three", "up to 16", "dozens of", "two of its", "the southern town of". They do not count as filler.</summary>
    private bool IsQuantifierWord(IReadOnlyList<Token> tokens, int q, int from)
    {
        var norm = tokens[q].Norm;
        var hasPrev = q > from;
        var prev = hasPrev ? tokens[q - 1].Norm : "";
        var next = q + 1 < tokens.Count ? tokens[q + 1].Norm : "";
        return norm switch
        {
            "than" => Comparatives.Contains(prev),
            "at" => next is "least" or "most",
            "up" => next == "to",
            "to" => prev == "up",
            "of" => hasPrev && (tokens[q - 1].Kind == TokenKind.Number || isModifier(prev) || PlaceNouns.Contains(prev)),
            // "South" in "the South China Sea" is part of a name, not a direction.
            _ => (Approximators.Contains(norm) || PlaceNouns.Contains(norm) || LooksAdjective(norm)) && !tokens[q].Capitalized
                 || tokens[q].Kind == TokenKind.Number || Weekdays.Contains(norm),
        };
    }

    // "by" lets a passive reach its agent ("was attacked by X"); the role finder then swaps the roles.
    // After a determiner a participle or a superlative is an adjective ("the besieged town of", "the biggest Cambodian camp").
    private bool IsSlotFiller(IReadOnlyList<Token> tokens, int q)
    {
        var t = tokens[q];
        if (t.Kind == TokenKind.Number || t.Transparent || isModifier(t.Norm) || PlaceNouns.Contains(t.Norm) || t.Norm is "by" or "earlier" or "later"
            || RoleFinder.IsAdverb(t) || SlotAdjectives.Contains(t.Norm))
        {
            return true;
        }
        if (t.Kind != TokenKind.Word || t.Capitalized)
        {
            return false;
        }
        return q > 0 && Determiners.Contains(tokens[q - 1].Norm) && t.Norm.Length > 5
               && (t.Norm.EndsWith("ed", StringComparison.Ordinal) || t.Norm.EndsWith("est", StringComparison.Ordinal));
    }

    private static bool IsLowerWord(Token t) => t.Kind == TokenKind.Word && !t.Capitalized;

    private static readonly HashSet<string> SlotAdjectives = new(StringComparer.Ordinal)
    {
        "rival", "warring", "fleeing", "ruling", "governing", "exiled", "jailed", "detained", "imprisoned", "besieged", "embattled",
        "beleaguered", "ousted", "deposed", "neighbouring", "neighboring", "opposition", "defeated", "breakaway", "separatist",
    };

    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "from", "by", "into", "over", "under", "against", "near", "who",
        "which", "that", "whose", "is", "are", "was", "were", "be", "been", "have", "has", "had", "will", "would", "could", "can", "may",
        "might", "should", "must", "said", "says", "say", "told", "not", "as", "than", "after", "before", "during", "since", "until",
        "while", "if", "when", "where", "because", "so", "then", "also", "there", "here", "themselves", "itself", "do", "did",
        "today", "yesterday", "tonight", "overnight", "earlier", "later", "again", "too", "now", "last", "this", "next", "early", "late",
        "inside", "outside", "across", "through", "throughout", "via", "amid", "despite", "without", "about", "around", "along", "back",
    };

    /// <summary>A one-word group noun of no country followed by a lower-case noun is that noun's modifier: "a military offensive",
    /// "police stations", "official contacts", "terrorist activities" name no actor.</summary>
    private static bool NounModifier(IReadOnlyList<Token> tokens, ActorPhrase phrase, int limit)
    {
        if (phrase.TokenEnd - phrase.TokenStart != 1 || phrase.Country is not null || phrase.OrgCode is not null || phrase.Reference is not null
            || phrase.TokenEnd >= limit || tokens[phrase.TokenStart].Capitalized)
        {
            return false;
        }
        var next = tokens[phrase.TokenEnd];
        return next.Kind == TokenKind.Word && !next.Capitalized && !NotNouns.Contains(next.Norm) && !next.Norm.EndsWith("ed", StringComparison.Ordinal)
               && !next.Norm.EndsWith("ly", StringComparison.Ordinal) && !next.Norm.EndsWith("ing", StringComparison.Ordinal) && next.Norm.Length > 2;
    }

    private static bool StartsActor(IReadOnlyList<ActorPhrase> actors, int token) => ActorAt(actors, token) is not null;

    // Phrases come sorted by start, so a binary search finds the one starting at a token.
    private static ActorPhrase? ActorAt(IReadOnlyList<ActorPhrase> actors, int token)
    {
        int lo = 0, hi = actors.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var start = actors[mid].TokenStart;
            if (start == token)
            {
                while (mid > 0 && actors[mid - 1].TokenStart == token)
                {
                    mid--;
                }
                return actors[mid];
            }
            if (start < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return null;
    }
}
