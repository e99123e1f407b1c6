using Entente.Documents;
using Entente.Events;

namespace Entente.Storage.Model;

/// <summary>One dyadic event of an article (one source, one target) with the sentence that reports it.</summary>
public sealed record StoredEvent
{
    /// <summary>The event's id in the article's JSON ("ev3").</summary>
    public required string LocalId { get; init; }

    /// <summary>First day, when known.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Last day of a range.</summary>
    public DateOnly? DateEnd { get; init; }

    /// <summary>day, month, year or unknown.</summary>
    public required string DatePrecision { get; init; }

    /// <summary>Where the date came from: text, publication or none.</summary>
    public required string DateBasis { get; init; }

    /// <summary>CAMEO code, name, Goldstein, quad class and PLOVER type.</summary>
    public required CameoCode Cameo { get; init; }

    /// <summary>PLOVER contexts.</summary>
    public required IReadOnlyList<string> Contexts { get; init; }

    /// <summary>The initiator, or null when the sentence names none.</summary>
    public StoredEventActor? Source { get; init; }

    /// <summary>The recipient, or null.</summary>
    public StoredEventActor? Target { get; init; }

    /// <summary>Where it happened.</summary>
    public EventPlace? Place { get; init; }

    /// <summary>asserted, reported, intended, hypothetical or historical.</summary>
    public required string Modality { get; init; }

    /// <summary>The text says it did not happen.</summary>
    public required bool Negated { get; init; }

    /// <summary>Coder confidence.</summary>
    public required double Confidence { get; init; }

    /// <summary>A party is a confirmed sanctions match.</summary>
    public required bool Sanctioned { get; init; }

    /// <summary>Sentence number in the article.</summary>
    public required int SentenceIndex { get; init; }

    /// <summary>The sentence's range.</summary>
    public required TextSpan Sentence { get; init; }

    /// <summary>The trigger's range.</summary>
    public required TextSpan Trigger { get; init; }

    /// <summary>The pattern that fired, for evidence.</summary>
    public required string Pattern { get; init; }

    /// <summary>True when the text claims it happened (the only events counted by default).</summary>
    public bool Claimed => !Negated && Modality is "asserted" or "reported" or "historical";

    /// <summary>One stored event per (source, target) pair of a coded event.</summary>
    public static IEnumerable<StoredEvent> Dyads(Document doc, Event e, IReadOnlySet<string> sanctionedKeys)
    {
        IReadOnlyList<StoredEventActor?> sources = e.Source.Count == 0 ? new StoredEventActor?[] { null } : e.Source.Select(a => StoredEventActor.From(doc, a)).ToList();
        IReadOnlyList<StoredEventActor?> targets = e.Target.Count == 0 ? new StoredEventActor?[] { null } : e.Target.Select(a => StoredEventActor.From(doc, a)).ToList();
        foreach (var s in sources)
        {
            foreach (var t in targets)
            {
                yield return new StoredEvent
                {
                    LocalId = e.Id,
                    Date = e.Date.Start,
                    DateEnd = e.Date.End,
                    DatePrecision = e.Date.Precision,
                    DateBasis = e.Date.Basis,
                    Cameo = e.Cameo,
                    Contexts = e.Contexts,
                    Source = s,
                    Target = t,
                    Place = e.Place,
                    Modality = e.Modality.Kind,
                    Negated = e.Modality.Negated,
                    Confidence = e.Confidence,
                    Sanctioned = (s is not null && sanctionedKeys.Contains(s.Key)) || (t is not null && sanctionedKeys.Contains(t.Key)),
                    SentenceIndex = e.SentenceIndex,
                    Sentence = e.SentenceSpan,
                    Trigger = e.Trigger,
                    Pattern = $"{e.Pattern.Origin} {e.Pattern.Text}",
                };
            }
        }
    }
}

/// <summary>One side of a stored event.</summary>
/// <param name="Key">Global actor key: the entity's, or "agent:CODE" for a phrase with no named entity ("Venezuelan officials").</param>
/// <param name="Name">The entity's name, or the phrase.</param>
/// <param name="Type">Entity type, or AGENT.</param>
/// <param name="Text">The words in the sentence.</param>
/// <param name="Start">Their offset.</param>
/// <param name="Country">ISO alpha-3 or IGO code.</param>
/// <param name="Sector">Sector.</param>
/// <param name="Code">CAMEO-style actor code.</param>
public sealed record StoredEventActor(string Key, string Name, string Type, string Text, int Start, string? Country, string? Sector, string Code)
{
    /// <summary>Projects an event actor, resolving its entity.</summary>
    public static StoredEventActor From(Document doc, EventActor a)
    {
        var entity = doc.EntityByKey(a.EntityKey);
        return entity is null
            ? new StoredEventActor("agent:" + a.Code, a.Text, "AGENT", a.Text, a.Span.Start, a.Country, a.Sector, a.Code)
            : new StoredEventActor(entity.Key, entity.Name, entity.Type, a.Text, a.Span.Start, a.Country, a.Sector, a.Code);
    }
}
