using Entente.Actors;
using Entente.Text;

namespace Entente.Events;

/// <summary>Finds event patterns in a sentence. Between two words of a pattern up to two filler tokens
/// may stand ("led a delegation to"); <c>*</c> allows more. No gap crosses a clause boundary.</summary>
/// <remarks>Stateless apart from the dictionary; thread-safe.</remarks>
public sealed class PatternMatcher(PatternDictionary patterns)
{
    private const int Filler = 2;

    private static readonly HashSet<string> Boundaries = new(StringComparer.Ordinal)
    {
        ",", ";", ":", ".", "!", "?", "—", "(", ")", "\"", "that", "which", "who", "whom", "whose", "but", "while", "said", "says",
    };

    /// <summary>All non-overlapping hits in the sentence, the most specific kept where two overlap.</summary>
    public List<PatternHit> Match(IReadOnlyList<Token> tokens, Sentence sentence, IReadOnlyList<ActorPhrase> actors)
    {
        var hits = new List<PatternHit>();
        for (var i = sentence.TokenStart; i < sentence.TokenEnd; i++)
        {
            PatternHit? best = null;
            foreach (var pattern in patterns.StartingWith(tokens[i].Norm))
            {
                var hit = TryMatch(tokens, sentence, actors, pattern, i);
                if (hit is not null && (best is null || Better(hit, best)))
                {
                    best = hit;
                }
            }
            if (best is not null)
            {
                hits.Add(best);
            }
        }
        return RemoveOverlaps(hits);
    }

    // A pattern that found its target beats one that names none; then the more literal words, the better.
    private static bool Better(PatternHit a, PatternHit b) =>
        (a.TargetAt >= 0) != (b.TargetAt >= 0) ? a.TargetAt >= 0
        : a.Pattern.Specificity != b.Pattern.Specificity ? a.Pattern.Specificity > b.Pattern.Specificity
        : a.TriggerEnd - a.TriggerStart < b.TriggerEnd - b.TriggerStart;

    private static List<PatternHit> RemoveOverlaps(List<PatternHit> hits)
    {
        var kept = new List<PatternHit>();
        foreach (var hit in hits.OrderByDescending(h => h.TargetAt >= 0).ThenByDescending(h => h.Pattern.Specificity).ThenBy(h => h.TriggerStart))
        {
            if (!kept.Any(k => k.TriggerStart < hit.TriggerEnd && hit.TriggerStart < k.TriggerEnd))
            {
                kept.Add(hit);
            }
        }
        kept.Sort((a, b) => a.TriggerStart.CompareTo(b.TriggerStart));
        return kept;
    }

    private static PatternHit? TryMatch(IReadOnlyList<Token> tokens, Sentence sentence, IReadOnlyList<ActorPhrase> actors, EventPattern pattern, int start)
    {
        var slots = new int[] { -1, -1, -1 };
        var end = Step(tokens, sentence, actors, pattern.Elements, 0, start, start, slots);
        return end < 0 ? null : new PatternHit(pattern, start, end, slots[0], slots[1], slots[2]);
    }

    /// <summary>Matches elements from <paramref name="e"/> at token <paramref name="p"/>; returns the end of the last literal, or -1.</summary>
    private static int Step(IReadOnlyList<Token> tokens, Sentence sentence, IReadOnlyList<ActorPhrase> actors,
        PatternElement[] elements, int e, int p, int lastLiteralEnd, int[] slots)
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
                    var maxSkip = e == 0 ? 0 : elements[e - 1].Kind == ElementKind.Gap ? PatternElement.MaxGap : Filler;
                    var q = p;
                    for (var skipped = 0; q < limit && skipped <= maxSkip; q++)
                    {
                        var t = tokens[q];
                        if (t.Transparent)
                        {
                            continue;
                        }
                        if (element.Words!.Contains(t.Norm))
                        {
                            var r = Step(tokens, sentence, actors, elements, e + 1, q + 1, q + 1, slots);
                            if (r >= 0)
                            {
                                return r;
                            }
                        }
                        if (e == 0 || Boundaries.Contains(t.Norm) || StartsActor(actors, q) && elements[e - 1].Kind != ElementKind.Gap)
                        {
                            return -1;
                        }
                        skipped++;
                    }
                    return -1;
                }
            case ElementKind.Gap:
                return Step(tokens, sentence, actors, elements, e + 1, p, lastLiteralEnd, slots);
            default:
                {
                    // An actor slot: an actor phrase must start here, after at most a determiner or two.
                    var q = p;
                    for (var skipped = 0; q < limit && skipped <= Filler; q++, skipped++)
                    {
                        if (ActorAt(actors, q) is { } actor)
                        {
                            slots[element.Kind switch { ElementKind.Target => 0, ElementKind.Source => 1, _ => 2 }] = q;
                            var r = Step(tokens, sentence, actors, elements, e + 1, actor.TokenEnd, lastLiteralEnd, slots);
                            if (r >= 0)
                            {
                                return r;
                            }
                            return -1;
                        }
                        if (Boundaries.Contains(tokens[q].Norm))
                        {
                            return -1;
                        }
                    }
                    return -1;
                }
        }
    }

    private static bool StartsActor(IReadOnlyList<ActorPhrase> actors, int token) => ActorAt(actors, token) is not null;

    private static ActorPhrase? ActorAt(IReadOnlyList<ActorPhrase> actors, int token)
    {
        foreach (var a in actors)
        {
            if (a.TokenStart == token)
            {
                return a;
            }
        }
        return null;
    }
}
