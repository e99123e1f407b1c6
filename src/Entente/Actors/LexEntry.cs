using Entente.Knowledge;

namespace Entente.Actors;

/// <summary>One phrase in the actor dictionary and what it names.</summary>
/// <param name="Kind">What the phrase names.</param>
/// <param name="Written">The phrase as the knowledge file writes it.</param>
/// <param name="Origin">file:line of the knowledge row.</param>
/// <param name="CaseSensitive">Acronyms (US, IS, WHO) match only when written in capitals.</param>
public sealed record LexEntry(LexKind Kind, string Written, string Origin, bool CaseSensitive)
{
    /// <summary>The country, for Country, Demonym, Capital and Seat.</summary>
    public Country? Country { get; init; }

    /// <summary>The place, for Capital (when known) and Place.</summary>
    public Place? Place { get; init; }

    /// <summary>The organisation.</summary>
    public Organisation? Organisation { get; init; }

    /// <summary>The person.</summary>
    public Person? Person { get; init; }

    /// <summary>The agent noun or title.</summary>
    public Agent? Agent { get; init; }

    /// <summary>True when the phrase is a short name (surname) rather than a full name.</summary>
    public bool IsShortName { get; init; }
}
