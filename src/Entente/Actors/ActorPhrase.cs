using Entente.Documents;
using Entente.Knowledge;

namespace Entente.Actors;

/// <summary>A noun phrase that names one actor, built from adjacent mentions:
/// "senior North Korean officials" (PRK GOV), "Cuba's vice-attorney general" (CUB JUD),
/// "the Maduro regime" (VEN GOV), "Venezuelan President Nicolas Maduro" (Maduro).</summary>
public sealed record ActorPhrase
{
    /// <summary>Sentence index.</summary>
    public required int Sentence { get; init; }

    /// <summary>First token.</summary>
    public required int TokenStart { get; init; }

    /// <summary>One past the last token.</summary>
    public required int TokenEnd { get; init; }

    /// <summary>Character range.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The phrase as written.</summary>
    public required string Text { get; init; }

    /// <summary>The entity the phrase is about (a person, organisation or state), if any.</summary>
    public string? EntityKey { get; init; }

    /// <summary>The person, when the phrase names a known one.</summary>
    public Person? Person { get; init; }

    /// <summary>ISO alpha-3.</summary>
    public string? Country { get; init; }

    /// <summary>Sector (GOV, MIL, ...).</summary>
    public string? Sector { get; init; }

    /// <summary>An organisation's own code (IGOUNO), when the phrase is an organisation.</summary>
    public string? OrgCode { get; init; }

    /// <summary>PERSON, ORG, LOC or GROUP (a common noun: officials, troops).</summary>
    public required string Type { get; init; }

    /// <summary>The head agent noun, folded ("delegation"), for groups.</summary>
    public string? AgentNoun { get; init; }

    /// <summary>True when the head is a place that is not a capital or seat (a city, a region).</summary>
    public bool IsPlace { get; init; }

    /// <summary>The mentions the phrase is made of.</summary>
    public IReadOnlyList<Mention> Parts { get; init; } = [];

    /// <summary>For pronouns and group references ("him", "both sides"): what they stand for —
    /// person, group or pair — resolved by the event coder from earlier sentences.</summary>
    public string? Reference { get; init; }

    /// <summary>How it was put together.</summary>
    public required string Rule { get; init; }

    /// <summary>CAMEO-style code.</summary>
    public string Code => ActorCodes.Combine(Country, Sector, OrgCode);
}
