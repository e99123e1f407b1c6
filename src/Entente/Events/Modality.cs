namespace Entente.Events;

/// <summary>Whether the text claims an event happened, and why not when it does not.</summary>
/// <param name="Negated">The text says it did not happen.</param>
/// <param name="Kind">asserted, reported, intended, hypothetical or historical.</param>
/// <param name="Cues">The cues that decided it, as written in the text.</param>
public sealed record Modality(bool Negated, string Kind, IReadOnlyList<string> Cues)
{
    /// <summary>The subject commits to the act ("will", "agreed to", "vowed to"): the commitment is an event too.</summary>
    public bool Pledged { get; init; }

    /// <summary>The subject refuses the act ("refused to meet", "will not release"): the refusal is an event too (CAMEO 12x).</summary>
    public bool Refused { get; init; }

    /// <summary>A plain claim.</summary>
    public static Modality Asserted { get; } = new(false, "asserted", []);
}
