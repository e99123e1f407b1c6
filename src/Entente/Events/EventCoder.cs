using Entente.Actors;
using Entente.Documents;
using Entente.Knowledge;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Events;

/// <summary>Codes events: finds patterns in each body sentence, assigns source and target, date, place,
/// modality and PLOVER type, and keeps only events with a known source and target.</summary>
/// <remarks>Immutable; one instance serves all articles. Per-article memory lives in a <see cref="DiscourseState"/>.</remarks>
public sealed class EventCoder : IDocumentStage
{
    private readonly CameoCatalog _cameo;
    private readonly PatternMatcher _matcher;
    private readonly ModalityDetector _modality;
    private readonly DateFinder _dates = new();
    private readonly PloverContexts _contexts;
    private readonly PlaceFinder _places;
    private readonly RoleFinder _roles = new();
    private readonly EventDating _dating = new();
    private readonly EventNouns _eventNouns = EventNouns.Load();
    private readonly IntentCodes _intents = IntentCodes.Load();
    private readonly IntentCodes _refusals = IntentCodes.LoadRefusals();

    /// <summary>Creates the coder.</summary>
    public EventCoder(CameoCatalog cameo, PatternDictionary patterns, ModalityDetector modality, PloverContexts contexts, KnowledgeBase kb,
        NameWords words, Vocabulary? vocabulary = null)
    {
        _cameo = cameo;
        _matcher = new PatternMatcher(patterns, w => words.Is(w, "MODIFIER"), vocabulary);
        _modality = modality;
        _contexts = contexts;
        _places = new PlaceFinder(kb);
    }

    /// <inheritdoc/>
    public string Name => "events";

    /// <inheritdoc/>
    public void Process(Document doc, CancellationToken cancellationToken)
    {
        var state = new DiscourseState();
        var events = new List<Event>();
        var published = doc.Article.Published;
        var phrasesBySentence = doc.Actors.ToLookup(p => p.Sentence);
        foreach (var sentence in doc.Sentences.Where(s => s.Kind == SentenceKind.Body))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var phrases = phrasesBySentence[sentence.Index].ToList();
            phrases.AddRange(ReferenceFinder.Find(doc, sentence, phrases, _eventNouns));
            phrases.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
            state.SentenceCountry = ImpliedCountry.SoleCountry(doc.Tokens, sentence, phrases);
            var clusters = _matcher.Match(doc.Tokens, sentence, phrases, doc.Vocabulary);
            var dates = _dates.Find(doc.Text, doc.Tokens, sentence, published);
            List<EventActor>? previous = null;
            var triggers = clusters.Select(c => (c.Min(h => h.TriggerStart), c.Max(h => h.TriggerEnd))).ToList();
            foreach (var cluster in clusters)
            {
                // Overlapping readings of the same words: the best one that finds its actors wins.
                foreach (var hit in cluster)
                {
                    var coded = Code(doc, sentence, phrases, hit, dates, triggers, state, previous, events.Count);
                    if (coded.Count == 0)
                    {
                        continue;
                    }
                    events.AddRange(coded);
                    state.History.AddRange(coded);
                    previous = [.. coded[0].Source];
                    Remember(doc, state, coded[0], hit);
                    break;
                }
            }
            RememberSubject(doc, sentence, phrases, state, published);
        }
        doc.Events = events;
    }

    private List<Event> Code(Document doc, Sentence sentence, List<ActorPhrase> phrases, PatternHit hit, List<TemporalExpression> dates,
        IReadOnlyList<(int Start, int End)> triggers, DiscourseState state, List<EventActor>? previous, int numbered)
    {
        var tokens = doc.Tokens;
        var pattern = hit.Pattern;
        var reach = Math.Max(hit.TriggerEnd, hit.TargetAt);
        if (pattern.Fallback && triggers.Any(t => t.Start >= hit.TriggerEnd - 1 && t.Start < reach && t.Start > hit.TriggerStart))
        {
            return []; // "agreed to release Iranian prisoners": the release pattern codes it, with its pledge
        }
        if (pattern.IsNoun && InSettingPhrase(tokens, sentence, hit.TriggerStart))
        {
            return []; // "after the invasion of Kuwait", "during a visit to Beirut": the setting of the news, not the news
        }
        var expression = EventDating.Nearest(sentence, dates, hit.TriggerStart, hit.TriggerEnd, triggers);
        var when = expression?.Start ?? doc.Article.Published;
        var subject = _roles.FindSubject(doc, sentence, phrases, hit.TriggerStart, state, previous, when);
        List<EventActor> sources;
        List<EventActor> targets;
        if (hit.SourceAt >= 0)
        {
            sources = _roles.FindObject(doc, sentence, phrases, hit.SourceAt, state, when, "source slot");
            targets = hit.TargetAt >= 0 ? _roles.FindObject(doc, sentence, phrases, hit.TargetAt, state, when, "target slot") : [];
        }
        else if (pattern.SubjectIsTarget)
        {
            sources = hit.InnerSourceAt >= 0 ? _roles.FindObject(doc, sentence, phrases, hit.InnerSourceAt, state, when, "inside the trigger") : [];
            targets = subject?.Actors ?? [];
        }
        else if (!pattern.IsNoun && RoleFinder.IsPassive(tokens, sentence, hit.TriggerStart, hit.TriggerEnd, out var byAt))
        {
            sources = byAt >= 0 ? _roles.FindObject(doc, sentence, phrases, byAt, state, when, "passive agent (by ...)") : [];
            targets = subject?.Actors ?? [];
        }
        else
        {
            sources = subject?.Actors ?? [];
            targets = hit.TargetAt >= 0 ? _roles.FindObject(doc, sentence, phrases, hit.TargetAt, state, when, "object") : [];
        }
        if (targets.Count == 0 && pattern.Answers.Count > 0 && RoleFinder.EarlierEventSources(state, pattern.Answers) is { } answered)
        {
            // "Peskov denied that Russia was involved": the denial answers whoever accused.
            targets = [.. answered.Select(a => a with { How = "the party whose earlier claim this answers" })];
        }
        if (state.SentenceCountry is { } sole)
        {
            sources = ImpliedCountry.OfSoleCountry(sources, sole, _ => true);
            if (!sources.Any(s => s.Code == sole))
            {
                // "Kenyan students demanded that the government resign": the government, army or police of the one country named
                // ("Russia accused the government": a state that acts on "the government" means another one; no guess).
                targets = ImpliedCountry.OfSoleCountry(targets, sole, ImpliedCountry.PoliticalSectors.Contains);
            }
        }
        if (sources.Count > 0 && targets.Count > 0 && sources.All(s => s.How.EndsWith(RoleFinder.SoleCountryNote, StringComparison.Ordinal))
            && targets.Any(t => t.Country == sources[0].Country && (t.Code == t.Country || doc.EntityByKey(t.EntityKey)?.Type == "PERSON")))
        {
            // "President Bush threatened Russia": the sentence's only country is the target's, so the unknown
            // office holder is most likely a foreigner; no guess ("insurgents shelled Syria": a group stays of unknown country).
            // A group acting on the state's own people ("fundamentalists demanded the resignation of the Algerian president") is domestic.
            var onTheState = targets.Any(t => t.Country == sources[0].Country && t.Code == t.Country);
            sources = [.. sources.Where(s => s.EntityKey is null && s.Sector is not null)
                .Select(s => onTheState ? s with { Country = null, Code = "---" + s.Sector, How = s.How[..^RoleFinder.SoleCountryNote.Length] + " (country unknown)" } : s)];
        }
        if (pattern.Local && sources.Count > 0)
        {
            var place = ImpliedCountry.LocalPlace(doc, sentence, phrases, hit, sources, state, when);
            if (targets.Count == 0 && (place ?? ImpliedCountry.OwnCountry(sources)) is { } local)
            {
                targets = [local];
            }
            if (place?.Country is { } here)
            {
                // "Hundreds of people blocked streets in Hong Kong": a crowd of no stated country is of the place it acts in.
                sources = ImpliedCountry.Localise(sources, here);
                targets = ImpliedCountry.Localise(targets, here);
            }
        }
        else if (sources.Count > 0 && targets.Any(t => t.Country is null && t.Code.StartsWith("---", StringComparison.Ordinal))
                 && ImpliedCountry.LocalPlace(doc, sentence, phrases, hit, sources, state, when)?.Country is { } abroad && sources.All(s => s.Country is { } own && own != abroad))
        {
            // "Palestinian bombers killed 23 people in Tel Aviv": victims of no stated country, struck abroad, are of the place.
            targets = ImpliedCountry.Localise(targets, abroad);
        }
        var pairs = new List<(List<EventActor> Source, List<EventActor> Target)>();
        var eachWay = targets.Count == 0 && pattern.Reciprocal && sources.Count >= 2;
        if (eachWay)
        {
            // "Russia and China held talks": each side acts on the other.
            pairs.AddRange(sources.Select(s => (new List<EventActor> { s }, sources.Where(o => o != s).ToList())));
        }
        else if (sources.Count > 0 && targets.Count > 0 && (sources.Any(a => a.Country is not null || !a.Code.StartsWith("---", StringComparison.Ordinal))
                                                             || targets.Any(a => a.Country is not null || !a.Code.StartsWith("---", StringComparison.Ordinal))))
        {
            // At least one side must be a known party; "gunmen attacked protesters" says too little.
            targets.RemoveAll(t => sources.Any(s => s.Code == t.Code && s.EntityKey == t.EntityKey));
            if (targets.Count > 0)
            {
                pairs.Add((sources, targets));
            }
        }
        if (pairs.Count == 0)
        {
            return [];
        }
        var cameo = _cameo.Find(pattern.Code)!;
        var modality = _modality.Detect(tokens, sentence, hit.TriggerStart, hit.TriggerEnd, subject?.End ?? -1);
        var contexts = SentenceContexts(tokens, sentence);
        var result = new List<Event>();
        foreach (var (src, tgt) in pairs)
        {
            var (date, finalModality) = _dating.Decide(doc, src, expression, modality);
            var trigger = new TextSpan(tokens[hit.TriggerStart].Start, tokens[hit.TriggerEnd - 1].End);
            result.Add(new Event
            {
                Id = $"{doc.Article.Id}:{numbered + result.Count + 1}",
                Source = src,
                Target = tgt,
                Cameo = cameo,
                Contexts = contexts,
                Date = date,
                Place = _places.Find(doc, sentence, phrases, hit.TriggerEnd, cameo, tgt),
                Modality = finalModality,
                SentenceIndex = sentence.Index,
                SentenceSpan = sentence.Span,
                Trigger = trigger,
                Pattern = pattern,
                Confidence = Confidence(src, tgt, hit, finalModality),
            });
            var main = result[^1];
            if (pattern.ReverseCode is { } back && !eachWay && _cameo.Find(back) is { } reverse)
            {
                // "[042:043]": the target does something back to the source ("arrived in X" is X hosting the visit).
                result.Add(main with { Id = $"{doc.Article.Id}:{numbered + result.Count + 1}", Source = tgt, Target = src, Cameo = reverse });
            }
            if (finalModality.Pledged && !cameo.UserDefined && _intents.For(cameo.Code) is { } intent && _cameo.Find(intent) is { } pledge)
            {
                // "Portugal will support Turkey": the act is intended; the pledge is said, now (CAMEO 03x / 13x).
                var said = doc.Article.Published is { } pub ? new EventDate(pub, null, "unknown", "publication") : EventDate.Unknown;
                var threatened = pledge.Root == "13" && !eachWay ? ConditionParty(doc, sentence, phrases, hit.TriggerEnd, state, when) : [];
                result.Add(main with
                {
                    Id = $"{doc.Article.Id}:{numbered + result.Count + 1}",
                    Target = threatened.Count > 0 ? threatened : main.Target,
                    Cameo = pledge,
                    Date = expression is { Future: false } ? main.Date : said,
                    Modality = new Modality(finalModality.Negated, "asserted", [.. finalModality.Cues, $"pledge of {cameo.Code}"]),
                });
            }
            if (finalModality.Refused && _refusals.For(cameo.Code) is { } refuse && _cameo.Find(refuse) is { } refusal)
            {
                // "Syria refused to withdraw its troops": the act did not happen; the refusal did (CAMEO 12x).
                var act = result.FindLast(e => e.Cameo == cameo)!;
                result.Add(act with
                {
                    Id = $"{doc.Article.Id}:{numbered + result.Count + 1}",
                    Cameo = refusal,
                    Date = expression is { Future: false } ? act.Date : doc.Article.Published is { } day ? new EventDate(day, null, "unknown", "publication") : EventDate.Unknown,
                    Modality = new Modality(false, "asserted", [.. finalModality.Cues, $"refusal of {cameo.Code}"]),
                });
            }
        }
        return result;
    }

    /// <summary>"threatened to strike unless Peru changed its rules": a threat is aimed at whoever must act to avert it.</summary>
    private List<EventActor> ConditionParty(Document doc, Sentence sentence, List<ActorPhrase> phrases, int from, DiscourseState state, DateOnly? when)
    {
        var tokens = doc.Tokens;
        for (var k = from; k + 1 < sentence.TokenEnd; k++)
        {
            if (tokens[k].Norm is ";" or ":")
            {
                return [];
            }
            if (tokens[k].Norm is "unless" or "if")
            {
                var at = tokens[k + 1].Norm is "the" ? k + 2 : k + 1;
                return phrases.Any(p => p.TokenStart == at)
                    ? _roles.FindObject(doc, sentence, phrases, at, state, when, "the party that must act to avert the threat (unless ...)")
                    : [];
            }
        }
        return [];
    }

    private static readonly HashSet<string> SettingPrepositions = new(StringComparer.Ordinal) { "after", "following", "during", "amid", "amidst", "since" };

    /// <summary>A noun phrase governed by "after", "following", "during", "amid" or "since" ("following the killing of an Israeli man",
    /// "after two days of talks"): it sets the scene for the sentence's own event.</summary>
    private static bool InSettingPhrase(IReadOnlyList<Token> tokens, Sentence sentence, int trigger)
    {
        for (var k = trigger - 1; k >= sentence.TokenStart && k >= trigger - 5; k--)
        {
            var word = tokens[k].Norm;
            if (SettingPrepositions.Contains(word))
            {
                return true;
            }
            if (word is "," or ";" or ":" or "and" or "but" or "that" or "which" or "who" or "to" or "\"")
            {
                return false;
            }
        }
        return false;
    }

    private List<string> SentenceContexts(IReadOnlyList<Token> tokens, Sentence sentence) => _contexts.Find(tokens, sentence.TokenStart, sentence.TokenEnd);

    private static double Confidence(List<EventActor> src, List<EventActor> tgt, PatternHit hit, Modality modality)
    {
        var c = 0.9;
        if (src.Concat(tgt).Any(a => a.How.Contains("pronoun", StringComparison.Ordinal) || a.How.Contains("refers back", StringComparison.Ordinal)
                                     || a.How.Contains("shared subject", StringComparison.Ordinal)))
        {
            c -= 0.1;
        }
        if (hit.Pattern.Elements.Any(e => e.Kind == ElementKind.Gap))
        {
            c -= 0.05;
        }
        if (src.Concat(tgt).Any(a => a.EntityKey?.StartsWith("name:", StringComparison.Ordinal) == true))
        {
            c -= 0.1;
        }
        if (modality.Cues.Count > 0)
        {
            c -= 0.05;
        }
        return Math.Round(c, 2);
    }

    private static void Remember(Document doc, DiscourseState state, Event evt, PatternHit hit)
    {
        state.LastSources = [.. evt.Source];
        if (evt.Source.Count + evt.Target.Count == 2 && evt.Source[0].Country != evt.Target[0].Country)
        {
            state.LastPair = [evt.Source[0], evt.Target[0]];
        }
        else if (evt.Source.Count == 2)
        {
            state.LastPair = [.. evt.Source];
        }
        if (evt.Source.Count == 1 && evt.Source[0].EntityKey?.StartsWith("person:", StringComparison.Ordinal) == true
            || evt.Source.Count == 1 && doc.EntityByKey(evt.Source[0].EntityKey)?.Type == "PERSON")
        {
            state.LastPerson = evt.Source[0];
        }
        // "led a delegation to ...": the delegation is the source's from now on.
        for (var k = hit.TriggerStart; k < hit.TriggerEnd; k++)
        {
            var noun = doc.Tokens[k].Norm;
            if (noun is "delegation" or "delegations" or "team" or "mission" or "envoys" or "troops" or "forces")
            {
                state.Own(noun, evt.Source[0]);
            }
        }
    }

    private static void RememberSubject(Document doc, Sentence sentence, List<ActorPhrase> phrases, DiscourseState state, DateOnly? date)
    {
        // Two states named together ("Armenia and Azerbaijan") are what "both sides" will mean.
        for (var i = 0; i + 1 < phrases.Count; i++)
        {
            var (a, b) = (phrases[i], phrases[i + 1]);
            if (b.TokenStart == a.TokenEnd + 1 && doc.Tokens[a.TokenEnd].Norm == "and" && a.Country is not null && b.Country is not null
                && a.Country != b.Country && a.Reference is null && b.Reference is null
                && RoleFinder.ToActor(doc, a, state, date, "named together") is { } first
                && RoleFinder.ToActor(doc, b, state, date, "named together") is { } second)
            {
                state.LastPair = [first, second];
            }
        }
        // The first person named outside quotation marks is who "he" or "she" will refer to next.
        var quotes = 0;
        var k = sentence.TokenStart;
        foreach (var phrase in phrases.Where(p => p.Type == "PERSON").OrderBy(p => p.TokenStart))
        {
            for (; k < phrase.TokenStart; k++)
            {
                if (doc.Tokens[k].Norm == "\"")
                {
                    quotes++;
                }
            }
            if (quotes % 2 == 0 && RoleFinder.ToActor(doc, phrase, state, date, "subject") is { } actor)
            {
                state.LastPerson = actor;
                return;
            }
        }
    }
}
