using Entente.Knowledge;
using Entente.Text;

namespace Entente.Events;

/// <summary>Decides negation and modality from cue words around the trigger (<c>modality.tsv</c>):
/// "not believed to have met" is no meeting, "planned to meet" is an intention, "refused to condemn"
/// a negated condemnation. A question is hypothetical.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class ModalityDetector
{
    private const int BeforeWindow = 8;
    private const int AfterWindow = 4;
    private readonly IReadOnlyList<ModalityCue> _cues;
    private readonly WordBits[] _cueWords;

    private static readonly HashSet<string> ClauseEdges = new(StringComparer.Ordinal) { ";", ":", "—", "that", "which", "who", "because", "although", "while", "after", "before" };

    // "has to", "used to", "about to", "continued to", "began to", "tried to": the act (or its attempt) itself, not a purpose.
    private static readonly HashSet<string> Aspectual = new(StringComparer.Ordinal)
    {
        "have", "has", "had", "used", "about", "continue", "continues", "continued", "continuing", "begin", "begins", "began", "begun",
        "start", "started", "starts", "keep", "kept", "keeps", "tried", "tries", "attempted", "attempts",
    };

    private ModalityDetector(IReadOnlyList<ModalityCue> cues)
    {
        _cues = cues;
        _cueWords = [.. cues.Select(c => WordBits.Of(c.Words))];
    }

    /// <summary>The built-in cues.</summary>
    public static ModalityDetector Load() => new([.. ResourceFiles.ReadRows("modality.tsv").Select(r =>
        new ModalityCue(PhraseWords(r["cue"]), r["kind"], r["scope"], r.Origin))]);

    private static string[] PhraseWords(string cue) =>
        [.. Tokenizer.Tokenize(cue).Where(t => !t.Transparent).Select(t => t.Norm)];

    /// <summary>The modality of an event whose trigger spans [<paramref name="triggerStart"/>, <paramref name="triggerEnd"/>)
    /// and whose subject ends at <paramref name="subjectEnd"/> (or -1 when unknown).</summary>
    public Modality Detect(IReadOnlyList<Token> tokens, Sentence sentence, int triggerStart, int triggerEnd, int subjectEnd)
    {
        var from = Math.Max(sentence.TokenStart, subjectEnd >= 0 && subjectEnd <= triggerStart ? subjectEnd : triggerStart - BeforeWindow);
        for (var k = triggerStart - 1; k >= from; k--)
        {
            if (ClauseEdges.Contains(tokens[k].Norm) || tokens[k].Norm == ",")
            {
                from = k + 1;
                break;
            }
        }
        var negated = false;
        var pledged = false;
        var refusal = false;
        var future = false;
        var kind = "asserted";
        var onlyWould = true;
        var cues = new List<string>();
        // Every window lies inside the sentence: a cue with a word the sentence lacks cannot occur, and most cannot.
        var present = WordBits.Of(tokens, sentence.TokenStart, sentence.TokenEnd);
        for (var c = 0; c < _cues.Count; c++)
        {
            if (!present.Covers(_cueWords[c]))
            {
                continue;
            }
            var cue = _cues[c];
            var (lo, hi) = cue.Scope switch
            {
                "before" => (from, triggerStart),
                "after" => (triggerEnd, Math.Min(sentence.TokenEnd, triggerEnd + AfterWindow)),
                "following" => (sentence.TokenStart, triggerStart), // "denied that X ...": everything after the cue
                _ => (sentence.TokenStart, sentence.TokenEnd),
            };
            if (!Occurs(tokens, cue.Words, lo, hi))
            {
                continue;
            }
            cues.Add(string.Join(' ', cue.Words));
            switch (cue.Kind)
            {
                case "negation":
                    negated = true;
                    refusal |= cue.Words[0] is "refused" or "refuses" or "refusing" or "declined" or "declines" or "refuse" or "decline" or "failed" or "fails";
                    break;
                case "hypothetical":
                    kind = "hypothetical";
                    future |= cue.Words[0] == "would";
                    onlyWould &= cue.Words is ["would"];
                    break;
                case "intended" when kind is not "hypothetical":
                    kind = "intended";
                    pledged |= cue.Words[0] is "will" or "'ll" or "shall";
                    future |= cue.Words[0] is "will" or "'ll" or "shall";
                    break;
                case "pledge" when kind is not "hypothetical":
                    kind = "intended";
                    pledged = true;
                    break;
                case "historical" when kind is "asserted" or "reported":
                    kind = "historical";
                    break;
                case "reported" when kind is "asserted":
                    kind = "reported";
                    break;
            }
        }
        if (kind == "hypothetical" && onlyWould && ReportedFuture(tokens, sentence, from, triggerStart))
        {
            // "Iraq said it would allow the inspectors back": "would" is the future of a reported statement, a
            // commitment the speaker made (a pledge), not a condition.
            kind = "intended";
            pledged = true;
            cues.Add("would (future of reported speech)");
        }
        // "vowed not to return", "agreed never to": a negation inside the trigger's own words.
        for (var k = triggerStart + 1; k < triggerEnd - 1; k++)
        {
            if (tokens[k].Norm is "not" or "never" && !negated)
            {
                negated = true;
                cues.Add(tokens[k].Norm);
            }
        }
        // A negated contraction written as one token ("didn't", "won't").
        for (var k = from; k < triggerStart; k++)
        {
            if (tokens[k].Norm.EndsWith("n't", StringComparison.Ordinal) && !negated)
            {
                negated = true;
                cues.Add(tokens[k].Norm);
                if (tokens[k].Norm == "won't")
                {
                    kind = "intended";
                }
                future |= tokens[k].Norm is "won't" or "wouldn't";
            }
        }
        // A bare infinitive of purpose: "visited Pyongyang to discuss ..." — the discussion is intended.
        // "is about to restore ties" announces an act that is under way, not a purpose: it is coded as the act.
        if (triggerStart > sentence.TokenStart && tokens[triggerStart - 1].Norm == "to" && kind is "asserted" or "reported"
            && !(triggerStart - 2 >= sentence.TokenStart && Aspectual.Contains(tokens[triggerStart - 2].Norm)))
        {
            kind = "intended";
            cues.Add("to (purpose)");
        }
        if (tokens[sentence.TokenEnd - 1].Norm == "?" || sentence.TokenEnd - 2 >= sentence.TokenStart && tokens[sentence.TokenEnd - 2].Norm == "?")
        {
            kind = "hypothetical";
            cues.Add("question");
        }
        return cues.Count == 0 ? Modality.Asserted
            : new Modality(negated, kind, cues) { Pledged = pledged && kind == "intended", Refused = negated && (refusal || future) };
    }

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "announced", "announces", "told", "stated", "added", "confirmed", "confirms", "declared", "declares",
        "indicated", "indicates", "insisted", "insists", "promised", "pledged", "vowed", "signalled", "signaled", "decided",
    };

    private const int ReportReach = 6;

    /// <summary>"said (on Monday) (that) it would ...": a reporting verb a few words before the "would" that stands
    /// between the subject and the trigger, with no clause boundary in between other than "that".</summary>
    private static bool ReportedFuture(IReadOnlyList<Token> tokens, Sentence sentence, int from, int triggerStart)
    {
        var would = -1;
        for (var k = from; k < triggerStart; k++)
        {
            if (tokens[k].Norm == "would")
            {
                would = k;
                break;
            }
        }
        if (would < 0)
        {
            return false;
        }
        for (var k = would - 1; k >= Math.Max(sentence.TokenStart, would - ReportReach); k--)
        {
            var norm = tokens[k].Norm;
            if (ReportingVerbs.Contains(norm))
            {
                return true;
            }
            if (norm is "," or ";" or ":" or "if" or "unless" or "whether" or "which" or "who" or "\"")
            {
                return false;
            }
        }
        return false;
    }

    // Words that may stand inside a cue: "threatened Monday to", "agreed in principle on Saturday to".
    private static readonly HashSet<string> Insertions = new(StringComparer.Ordinal)
    {
        "on", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "again", "also", "formally", "publicly", "finally", "in", "principle", "unanimously",
    };

    private const int MaxInsertions = 4;

    private static bool Occurs(IReadOnlyList<Token> tokens, string[] words, int lo, int hi)
    {
        for (var i = lo; i + words.Length <= hi; i++)
        {
            if (tokens[i].Norm != words[0])
            {
                continue;
            }
            var k = i + 1;
            var w = 1;
            var inserted = 0;
            while (w < words.Length && k < hi)
            {
                if (tokens[k].Norm == words[w])
                {
                    w++;
                    k++;
                }
                else if (Insertions.Contains(tokens[k].Norm) && inserted < MaxInsertions)
                {
                    inserted++;
                    k++;
                }
                else
                {
                    break;
                }
            }
            if (w == words.Length)
            {
                return true;
            }
        }
        return false;
    }
}
