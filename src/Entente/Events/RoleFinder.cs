using Entente.Actors;
using Entente.Documents;
using Entente.Text;

namespace Entente.Events;

/// <summary>Finds an event's source and target around its trigger without a parser: the subject before the
/// verb (skipping relative clauses and appositions), coordinated verbs sharing a subject, passives
/// ("was attacked by"), pronouns and group nouns resolved from earlier sentences, and conjoined actors.</summary>
internal sealed class RoleFinder
{
    private const int SubjectReach = 12;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "to", "with", "in", "of", "from", "for", "at", "by", "on", "into", "against", "including", "under", "like", "about",
        "over", "between", "among", "toward", "towards", "near", "across", "through", "during", "after", "before",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it", "we" };

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "is", "are", "was", "were", "been", "being", "be", "got" };

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "would", "will", "could", "can", "might", "may", "should", "must" };

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal) { "said", "says", "told", "added", "announced", "warned", "stressed", "insisted", "declared", "claimed", "confirmed", "reiterated", "indicated", "admitted" };

    private static readonly HashSet<string> DomesticSectors = new(StringComparer.Ordinal) { "COP", "CVL", "OPP", "JUD", "LAB", "EDU", "MED", "BUS", "REL", "LEG" };

    private static string? DatelineCountry(Document doc) =>
        doc.Article.Dateline is { } dateline
            ? doc.Mentions.FirstOrDefault(m => dateline.Contains(m.Span) && m.Country is not null)?.Country
            : null;

    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "who", "which", "whose", "where", "when", "whom" };

    /// <summary>How an office holder of unknown country that took the sentence's only country is marked.</summary>
    public const string SoleCountryNote = " (the sentence's only country)";

    /// <summary>A subject found, with the token where it ends (-1 when it comes from context).</summary>
    public sealed record Subject(List<EventActor> Actors, int End);

    public Subject? FindSubject(Document doc, Sentence sentence, IReadOnlyList<ActorPhrase> phrases, int trigger, DiscourseState state,
        List<EventActor>? previousInSentence, DateOnly? date)
    {
        var tokens = doc.Tokens;
        var words = 0;
        var andAt = -1;
        var k = trigger - 1;
        while (k >= sentence.TokenStart && words <= SubjectReach)
        {
            var t = tokens[k];
            if (PhraseEndingAt(phrases, k + 1) is { } phrase)
            {
                var after = phrase.TokenEnd < sentence.TokenEnd ? tokens[phrase.TokenEnd].Norm : "";
                if (Prepositions.Contains(after) && phrase.TokenEnd < trigger && !IsDateAfter(tokens, phrase.TokenEnd + 1, trigger))
                {
                    k = phrase.TokenStart - 1; // an object of a preposition, not the subject
                    words++;
                    continue;
                }
                if (phrase.TokenStart - 1 > sentence.TokenStart && tokens[phrase.TokenStart - 1].Norm == "against")
                {
                    k = phrase.TokenStart - 2; // "the civilians jailed for acting against Moscow were freed": an object, not the subject
                    words++;
                    continue;
                }
                // "The Chinese Embassy in Bamako urged": a place after in/at belongs to the phrase before it
                // ("the Red Cross operating in Iraq", "a group based in London": also across a participle).
                var ownerEnd = phrase.TokenStart - 1;
                if (ownerEnd >= 2 && tokens[ownerEnd].Norm is "in" or "at" or "near" or "from"
                    && tokens[ownerEnd - 1].Norm is { } participle && (participle.EndsWith("ing", StringComparison.Ordinal) || participle is "based" or "stationed" or "deployed")
                    && PhraseEndingAt(phrases, ownerEnd) is null)
                {
                    ownerEnd--;
                }
                if (phrase.TokenStart >= 2 && tokens[phrase.TokenStart - 1].Norm is "in" or "at" or "near" or "from"
                    && PhraseEndingAt(phrases, ownerEnd) is { } owner)
                {
                    // "A court in Guyana": a body of no stated country belongs to the place it is in.
                    var located = owner.Country is null && owner.OrgCode is null && owner.Reference is null
                        ? owner with { Country = phrase.Country } : owner;
                    return Resolve(doc, phrases, located, state, date, "subject");
                }
                return OwnedBySpeaker(doc, phrases, sentence, phrase, state, date) ?? Resolve(doc, phrases, phrase, state, date, "subject");
            }
            if (t.Norm == "," && k > sentence.TokenStart)
            {
                var open = PreviousComma(tokens, sentence, k);
                if (open >= 0 && Relatives.Contains(tokens[open + 1].Norm))
                {
                    k = open - 1; // skip ", who ... ,"
                    continue;
                }
                if (open > sentence.TokenStart && Prepositions.Contains(tokens[open + 1].Norm) && PhraseEndingBefore(tokens, phrases, open) is not null)
                {
                    k = open - 1; // "X, in remarks published on Monday, urged": an aside between subject and verb
                    continue;
                }
                if (PhraseEndingBefore(tokens, phrases, k) is { } appositive && !CoordinatedAfter(tokens, k, trigger))
                {
                    // "A member of the Syrian parliament, Mohammed Mamoun, started": a name the knowledge base does not know is
                    // the person the description before it names.
                    return Resolve(doc, phrases, appositive, state, date, "subject (apposition)")
                           ?? (open > sentence.TokenStart && appositive.TokenStart == open + 1 && PhraseEndingBefore(tokens, phrases, open) is { } described
                               ? Resolve(doc, phrases, described, state, date, "subject (described before the name)") : null);
                }
                if (open > sentence.TokenStart && tokens[open + 1].Norm is "a" or "an" or "the" or "one" && !CoordinatedAfter(tokens, k, trigger)
                    && VerbFollows(tokens, k, trigger) && !tokens[trigger].Norm.EndsWith("ing", StringComparison.Ordinal)
                    && PhraseEndingBefore(tokens, phrases, open) is { } head)
                {
                    // "Pakistan, a key U.S. ally in the war, has refused": the apposition describes the subject before it.
                    return Resolve(doc, phrases, head, state, date, "subject (before an apposition)");
                }
                return null;
            }
            if (Relatives.Contains(t.Norm) && t.Norm is "who" or "which")
            {
                // "Cabello, who is ..." / "Mao Zedong, who went on to ...": the antecedent is the subject.
                var j = k - 1;
                while (j >= sentence.TokenStart && tokens[j].Norm is "," or "\"")
                {
                    j--;
                }
                if (PhraseEndingAt(phrases, j + 1) is { } antecedent)
                {
                    return Resolve(doc, phrases, antecedent, state, date, "subject (relative clause)");
                }
                return null;
            }
            if (t.Norm is "and" or "but" or "then" && previousInSentence is not null)
            {
                return new Subject(previousInSentence.Select(a => a with { How = "shared subject of a coordinated verb" }).ToList(), -1);
            }
            if (t.Norm is "and" or "but" && andAt < 0)
            {
                andAt = k;
            }
            if (andAt >= 0 && Modals.Contains(t.Norm) && SpeakerBefore(doc, phrases, sentence, k, state, date) is { } speaker)
            {
                // "X said Manila would not be intimidated and thanked Tokyo": the verb after "and" is X's,
                // coordinated with "said", not with the reported clause.
                return speaker with { End = andAt + 1 };
            }
            if (Pronouns.Contains(t.Norm) && SpeakerBefore(doc, phrases, sentence, k, state, date) is { } teller
                && !(t.Norm is "he" or "she" && teller.Actors.All(a => doc.EntityByKey(a.EntityKey)?.Type is not "PERSON")))
            {
                // "Japan said it had halted aid": the pronoun of a reported clause is its speaker.
                return new Subject(teller.Actors.Select(a => a with { How = $"pronoun '{doc.Text[t.Start..t.End]}' → the speaker {a.Text}" }).ToList(), k + 1);
            }
            if (Pronouns.Contains(t.Norm))
            {
                if (ReportingSubject(doc, phrases, sentence, k, state, date) is { } reporter)
                {
                    // "Ethiopia said it would cut ties with Libya": the pronoun is the one who says so.
                    return new Subject(reporter.Actors.Select(a => a with { How = $"pronoun '{doc.Text[t.Start..t.End]}' → {a.Text} (who said so)" }).ToList(), k + 1);
                }
                var resolved = t.Norm is "he" or "she" ? state.LastPerson is { } p ? [p] : null : state.LastSources;
                return resolved is null ? null
                    : new Subject(resolved.Select(a => a with { How = $"pronoun '{doc.Text[t.Start..t.End]}' → {a.Text}" }).ToList(), k + 1);
            }
            if (t.Norm is "that" or ";" or ":" or "said" or "says")
            {
                return null;
            }
            if (t.Kind == TokenKind.Word)
            {
                words++;
            }
            k--;
        }
        return null;
    }

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "announced", "announces", "indicated", "indicates", "stated", "states", "warned", "warns", "insisted", "insists",
        "claimed", "claims", "added", "declared", "declares", "signalled", "signaled", "signals", "confirmed", "confirms", "believes", "believed",
        "thinks", "felt", "feels", "hoped", "hopes", "vowed", "vows", "promised", "promises", "threatened", "threatens", "argued", "argues",
    };

    /// <summary>The subject of a reporting verb right before a pronoun ("X said (that) it ..."), agreeing with it:
    /// "he"/"she" a person or a title, "it" no person.</summary>
    private static Subject? ReportingSubject(Document doc, IReadOnlyList<ActorPhrase> phrases, Sentence sentence, int pronoun, DiscourseState state, DateOnly? date)
    {
        var tokens = doc.Tokens;
        var j = pronoun - 1;
        if (j > sentence.TokenStart && tokens[j].Norm == "that")
        {
            j--;
        }
        // "X said on Tuesday (that) it ...": a date may stand between the verb and its clause.
        for (var n = 0; n < 3 && j > sentence.TokenStart && (DateWords.Contains(tokens[j].Norm) || tokens[j].Norm == "on") && tokens[j].Norm != "the"; n++)
        {
            j--;
        }
        if (j <= sentence.TokenStart || !ReportingVerbs.Contains(tokens[j].Norm))
        {
            return null;
        }
        var end = j;
        while (end > sentence.TokenStart && (tokens[end - 1].Norm is "also" or "has" or "have" or "had" or "again" || IsAdverb(tokens[end - 1])))
        {
            end--;
        }
        if (PhraseEndingAt(phrases, end) is not { Reference: null } speaker)
        {
            return null;
        }
        var agrees = tokens[pronoun].Norm switch
        {
            "he" or "she" => speaker.Type is "PERSON" or "GROUP", // "the president said he ..."
            "it" => speaker.Type != "PERSON",
            _ => true,
        };
        return agrees ? Resolve(doc, phrases, speaker, state, date, "subject") : null;
    }

    /// <summary>"Kenya said its troops had withdrawn": a group of no stated country after "its"/"their" belongs to whoever says so.</summary>
    private static Subject? OwnedBySpeaker(Document doc, IReadOnlyList<ActorPhrase> phrases, Sentence sentence, ActorPhrase phrase, DiscourseState state,
        DateOnly? date)
    {
        var owner = phrase.TokenStart - 1;
        if (phrase is not { Type: "GROUP", Country: null, OrgCode: null, Reference: null, Sector: { } sector } || owner <= sentence.TokenStart
            || doc.Tokens[owner].Norm is not ("its" or "their")
            || ReportingSubject(doc, phrases, sentence, owner, state, date) is not { } speaker
            || speaker.Actors.Any(a => a.Country is null))
        {
            return null;
        }
        return new Subject([.. speaker.Actors.Select(a => new EventActor(null, phrase.Text, phrase.Span, a.Country, sector, ActorCodes.Combine(a.Country, sector),
            $"subject; '{doc.Text[doc.Tokens[owner].Start..doc.Tokens[owner].End]} {phrase.Text}' → those of {a.Text}"))], phrase.TokenEnd);
    }

    private static Subject? SpeakerBefore(Document doc, IReadOnlyList<ActorPhrase> phrases, Sentence sentence, int from, DiscourseState state, DateOnly? date)
    {
        for (var k = from - 1; k > sentence.TokenStart; k--)
        {
            if (SpeechVerbs.Contains(doc.Tokens[k].Norm) && PhraseEndingAt(phrases, k) is { } speaker)
            {
                return Resolve(doc, phrases, speaker, state, date, "subject (speaker of the sentence)");
            }
        }
        return null;
    }

    /// <summary>The actor at a slot, or the first actor phrase after the trigger, with its conjuncts.</summary>
    public List<EventActor> FindObject(Document doc, Sentence sentence, IReadOnlyList<ActorPhrase> phrases, int at, DiscourseState state,
        DateOnly? date, string how)
    {
        var first = phrases.FirstOrDefault(p => p.TokenStart == at);
        if (first is null)
        {
            return [];
        }
        var result = first.Reference is not null ? Expand(doc, first, state, date, how) : Resolve(doc, phrases, first, state, date, how)?.Actors ?? [];
        var end = first.TokenEnd;
        while (end + 1 < sentence.TokenEnd)
        {
            var joiner = doc.Tokens[end].Norm;
            if (joiner is not ("and" or "," or "or"))
            {
                break;
            }
            // Modifiers may follow "and"/"or" ("and the mighty Bolivia"), not a bare comma: ", a senior Israeli official" is an aside.
            var from = joiner == "," ? end + 1 : ModifiersAfter(doc.Tokens, end + 1, sentence.TokenEnd);
            var next = phrases.FirstOrDefault(p => p.TokenStart == from || p.TokenStart > end + 1 && doc.Tokens[end + 1].Norm == "and"
                                                   && p.TokenStart == ModifiersAfter(doc.Tokens, end + 2, sentence.TokenEnd));
            if (next is null)
            {
                break;
            }
            result.AddRange(Expand(doc, next, state, date, how + " (conjunct)"));
            end = next.TokenEnd;
        }
        return result;
    }

    /// <summary>The passive agent: "was attacked by X" → X.</summary>
    public static bool IsPassive(IReadOnlyList<Token> tokens, Sentence sentence, int trigger, int triggerEnd, out int byAt)
    {
        byAt = -1;
        var be = trigger - 1;
        // "was fiercely opposed by": adverbs may stand between the auxiliary and the participle.
        while (be >= sentence.TokenStart && (tokens[be].Norm is "also" or "reportedly" or "not" or "allegedly" or "being" or "again"
                                             || IsAdverb(tokens[be])))
        {
            be--;
        }
        if (be < sentence.TokenStart || !BeForms.Contains(tokens[be].Norm) || !tokens[trigger].Norm.EndsWith("ed", StringComparison.Ordinal)
            && !tokens[trigger].Norm.EndsWith('n') && !tokens[trigger].Norm.EndsWith('t'))
        {
            return false;
        }
        for (var k = triggerEnd; k < Math.Min(sentence.TokenEnd, triggerEnd + 4); k++)
        {
            if (tokens[k].Norm == "by")
            {
                byAt = k + 1;
                while (byAt + 1 < sentence.TokenEnd && tokens[byAt].Norm is "a" or "an" or "the" or "some" or "its" or "their")
                {
                    byAt++; // "was demolished by a Ukrainian protester"
                }
                return true;
            }
        }
        return true;
    }

    /// <summary>A manner adverb ("fiercely", "heavily"): a lower-case word in -ly.</summary>
    internal static bool IsAdverb(Token t) => t.Kind == TokenKind.Word && !t.Capitalized && t.Norm.Length > 4 && t.Norm.EndsWith("ly", StringComparison.Ordinal);

    private static readonly HashSet<string> DateWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.",
        "nov.", "dec.", "today", "yesterday", "the", "last", "this", "week", "month", "year", "weekend", "morning", "evening", "night",
    };

    /// <summary>"Israel on Wednesday released": a date between the subject and the verb is not an object.</summary>
    private static bool IsDateAfter(IReadOnlyList<Token> tokens, int from, int trigger)
    {
        if (from >= trigger)
        {
            return false;
        }
        for (var k = from; k < trigger; k++)
        {
            var t = tokens[k];
            // "Serbia on Thursday flatly rejected": an adverb may follow the date.
            if (!(DateWords.Contains(t.Norm) || t.Kind == TokenKind.Number || t.Norm is "," or "also" or "reportedly" or "again"
                  || t.Norm.Length > 4 && t.Norm.EndsWith("ly", StringComparison.Ordinal)))
            {
                return false;
            }
        }
        return true;
    }

    private const int MaxConjunctModifiers = 3;

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an" };

    /// <summary>True for a word that may stand before a conjoined actor's name: "and <b>the evil</b> Gondor",
    /// "and <b>good</b> Gondor" — a determiner or a lower-case adjective, never a verb-like or function word.</summary>
    private static bool IsConjunctModifier(Token t) =>
        t.Kind == TokenKind.Word && !t.Capitalized && (Determiners.Contains(t.Norm)
            || !(Prepositions.Contains(t.Norm) || Pronouns.Contains(t.Norm) || BeForms.Contains(t.Norm) || Modals.Contains(t.Norm)
                 || Relatives.Contains(t.Norm) || SpeechVerbs.Contains(t.Norm) || t.Norm is "and" or "or" or "but" or "that" or "not" or "has" or "have" or "had"
                 || t.Norm.EndsWith("ed", StringComparison.Ordinal) || t.Norm.EndsWith("ing", StringComparison.Ordinal)
                 || t.Norm.EndsWith('s')));

    /// <summary>The connector ("and", "or", ",") before a conjunct starting at <paramref name="start"/>, skipping its modifiers
    /// ("Arnor and the evil Gondor"); -1 when there is none.</summary>
    private static int ConnectorBefore(IReadOnlyList<Token> tokens, int start)
    {
        var k = start - 1;
        for (var n = 0; n < MaxConjunctModifiers && k >= 0 && IsConjunctModifier(tokens[k]); n++)
        {
            k--;
        }
        return k >= 0 && tokens[k].Norm is "and" or "or" or "," ? k : -1;
    }

    /// <summary>Where a conjunct's name starts after a connector, past its modifiers ("and the awful Arnor").</summary>
    private static int ModifiersAfter(IReadOnlyList<Token> tokens, int from, int limit)
    {
        var k = from;
        for (var n = 0; n < MaxConjunctModifiers && k < limit && IsConjunctModifier(tokens[k]); n++)
        {
            k++;
        }
        return k;
    }

    private static ActorPhrase? PhraseEndingAt(IReadOnlyList<ActorPhrase> phrases, int end) => phrases.FirstOrDefault(p => p.TokenEnd == end);

    private static ActorPhrase? PhraseEndingBefore(IReadOnlyList<Token> tokens, IReadOnlyList<ActorPhrase> phrases, int comma)
    {
        var j = comma - 1;
        while (j >= 0 && tokens[j].Norm is "\"" or "'")
        {
            j--;
        }
        return PhraseEndingAt(phrases, j + 1);
    }

    /// <summary>", has refused to": only auxiliaries, adverbs and the verb's own words stand between the comma and the trigger
    /// (a participle right after the comma, ", expanding its campaign", belongs to the main clause instead).</summary>
    private static bool VerbFollows(IReadOnlyList<Token> tokens, int comma, int trigger)
    {
        if (trigger - comma > 5)
        {
            return false;
        }
        for (var k = comma + 1; k < trigger; k++)
        {
            if (tokens[k].Norm is "in" or "by" or "of" or "into" or "with" or "for" or "on" or "at" or "from" or "," or "that")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>", as well as economic sanctions": a coordinated addition after the comma is no apposition's verb.</summary>
    private static bool CoordinatedAfter(IReadOnlyList<Token> tokens, int comma, int trigger)
    {
        for (var k = comma + 1; k < trigger; k++)
        {
            if (tokens[k].Norm is "and" or "as" or "including" or "plus" or "or")
            {
                return true;
            }
        }
        return false;
    }

    private static int PreviousComma(IReadOnlyList<Token> tokens, Sentence sentence, int from)
    {
        for (var j = from - 1; j >= sentence.TokenStart; j--)
        {
            if (tokens[j].Norm == ",")
            {
                return j;
            }
        }
        return -1;
    }

    /// <summary>Turns a phrase into event actors: conjuncts before it, coreference for ownerless groups.</summary>
    private static Subject? Resolve(Document doc, IReadOnlyList<ActorPhrase> phrases, ActorPhrase phrase, DiscourseState state, DateOnly? date, string how)
    {
        var actors = new List<EventActor>();
        // "Russia and China signed": collect conjuncts standing before the phrase.
        var start = phrase.TokenStart;
        var before = new List<ActorPhrase>();
        // The connector next to the head must be "and"/"or"; commas may only separate earlier items ("A, B and C").
        var sawAnd = false;
        while (ConnectorBefore(doc.Tokens, start) is var joiner && joiner >= 1)
        {
            var isAnd = doc.Tokens[joiner].Norm is "and" or "or";
            if (isAnd && doc.Tokens[joiner - 1].Norm == ",")
            {
                joiner--; // "Mordor, Arnor, and Gondor"
            }
            if (!(isAnd || sawAnd) || PhraseEndingAt(phrases, joiner) is not { } prev)
            {
                break;
            }
            sawAnd = true;
            before.Insert(0, prev);
            start = prev.TokenStart;
        }
        ActorPhrase? left = null;
        foreach (var conjunct in before.Append(phrase))
        {
            var p = conjunct;
            // "Danish media and government": a bare noun right after "and" shares the nationality before it.
            if (left is { Country: { } shared } && p is { Country: null, OrgCode: null, Type: "GROUP", Reference: null }
                && p.TokenStart > 0 && doc.Tokens[p.TokenStart - 1].Norm == "and")
            {
                p = p with { Country = shared, Rule = p.Rule + " + nationality of the conjunct before" };
            }
            actors.AddRange(Expand(doc, p, state, date, how));
            left = p;
        }
        return actors.Count == 0 ? null : new Subject(actors, phrase.TokenEnd);
    }

    /// <summary>One phrase as event actors: a reference stands for the actors it points back to.</summary>
    public static List<EventActor> Expand(Document doc, ActorPhrase p, DiscourseState state, DateOnly? date, string how)
    {
        if (p.Reference is null)
        {
            return ToActor(doc, p, state, date, how) is { } actor ? [actor] : [];
        }
        var meant = p.Reference switch
        {
            "person" => state.LastPerson is { } person ? [person] : null,
            "pair" => state.LastPair,
            var r when r.StartsWith("event:", StringComparison.Ordinal) => EarlierEventSources(state, r[6..].Split(',')),
            _ => state.LastPair ?? state.LastSources,
        };
        return meant is null ? [] : [.. meant.Select(a => a with { How = $"{how}; '{p.Text}' → {a.Text}" })];
    }

    /// <summary>The sources of the most recent earlier event with one of <paramref name="roots"/> (* = any).</summary>
    public static List<EventActor>? EarlierEventSources(DiscourseState state, IReadOnlyList<string> roots)
    {
        for (var i = state.History.Count - 1; i >= 0; i--)
        {
            var evt = state.History[i];
            if (roots.Contains("*") || roots.Contains(evt.Cameo.Root) || roots.Contains(evt.Cameo.Code))
            {
                return [.. evt.Source];
            }
        }
        return null;
    }

    public static EventActor? ToActor(Document doc, ActorPhrase p, DiscourseState state, DateOnly? date, string how)
    {
        var country = p.Country;
        var sector = p.Sector;
        if (p.Person is { } person)
        {
            var (s, _, c) = ActorCodes.PersonOn(person, date ?? doc.Article.Published);
            sector = s ?? (p.Parts.Any(m => m.IsAgent) ? p.Sector : null);
            country = c ?? country;
        }
        if (country is null && p.OrgCode is null)
        {
            if (p.AgentNoun is { } noun && state.OwnerOf(noun) is { } owner)
            {
                return new EventActor(owner.EntityKey, p.Text, p.Span, owner.Country, p.Sector ?? owner.Sector,
                    ActorCodes.Combine(owner.Country, p.Sector ?? owner.Sector), $"{how}; '{p.Text}' refers back to {owner.Text}");
            }
            if (p.Type == "GROUP" && p.Sector is { } domestic && DomesticSectors.Contains(domestic) && DatelineCountry(doc) is { } local)
            {
                // "BUENOS AIRES — Police detained protesters": local police and crowds are the dateline country's.
                return new EventActor(null, p.Text, p.Span, local, domestic, ActorCodes.Combine(local, domestic), how + " (country of the dateline)");
            }
            if (p.Type == "PERSON" && p.Sector is { } office && state.SentenceCountry is { } only)
            {
                // "President Yoweri Museveni banned Ugandan opposition candidates": an office holder the knowledge base
                // does not know belongs to the one country the sentence names.
                return new EventActor(p.EntityKey, p.Text, p.Span, only, office, ActorCodes.Combine(only, office), how + SoleCountryNote);
            }
            // A group of unknown nationality ("gunmen", "protesters") still acts: CAMEO writes its country as ---.
            return p.Type == "GROUP" && p.Sector is not null && p.Person is null
                ? new EventActor(null, p.Text, p.Span, null, p.Sector, "---" + p.Sector, how + " (country unknown)")
                : null;
        }
        var orgCode = p.OrgCode;
        if (orgCode is not null && p.Parts.Select(m => m.Entry?.Organisation).FirstOrDefault(o => o?.DatedCodes.Count > 0) is { } dated)
        {
            orgCode = dated.CodeOn(date ?? doc.Article.Published); // "[HOBGOV 19950601 - 19990815]"
            country = orgCode.Length >= 3 ? orgCode[..3] : country;
        }
        var actor = new EventActor(p.EntityKey, p.Text, p.Span, country, sector, ActorCodes.Combine(country, sector, orgCode), how);
        state.Saw(p, actor);
        return actor;
    }
}
