using Entente.Documents;

namespace Entente.Events;

/// <summary>One coded event with all its evidence: who did what to whom, when, where, in which sentence,
/// by which pattern, and whether the text claims it happened.</summary>
/// <remarks>Immutable.</remarks>
public sealed record Event
{
    /// <summary>Article-local id.</summary>
    public required string Id { get; init; }

    /// <summary>Sources (several for compound subjects).</summary>
    public required IReadOnlyList<EventActor> Source { get; init; }

    /// <summary>Targets.</summary>
    public required IReadOnlyList<EventActor> Target { get; init; }

    /// <summary>The CAMEO code and its table row.</summary>
    public required CameoCode Cameo { get; init; }

    /// <summary>PLOVER contexts cued by the sentence.</summary>
    public IReadOnlyList<string> Contexts { get; init; } = [];

    /// <summary>When.</summary>
    public required EventDate Date { get; init; }

    /// <summary>Where, if the text says.</summary>
    public EventPlace? Place { get; init; }

    /// <summary>Negation and modality.</summary>
    public required Modality Modality { get; init; }

    /// <summary>The sentence.</summary>
    public required int SentenceIndex { get; init; }

    /// <summary>The sentence's range.</summary>
    public required TextSpan SentenceSpan { get; init; }

    /// <summary>The trigger's range.</summary>
    public required TextSpan Trigger { get; init; }

    /// <summary>The pattern that fired.</summary>
    public required EventPattern Pattern { get; init; }

    /// <summary>0..1.</summary>
    public double Confidence { get; init; }
}
