using Entente.Knowledge;

namespace Entente.Actors;

/// <summary>One person, organisation, state or place of an article, with all its mentions.</summary>
/// <remarks>Immutable. Country and sector are as of the article's publication date; events carry their own
/// date-resolved codes.</remarks>
public sealed record Entity
{
    /// <summary>Article-local id ("e1").</summary>
    public required string Id { get; init; }

    /// <summary>Key shared by all mentions ("person:nicolas-maduro").</summary>
    public required string Key { get; init; }

    /// <summary>Canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>PERSON, ORG or LOC.</summary>
    public required string Type { get; init; }

    /// <summary>ISO alpha-3, when known.</summary>
    public string? Country { get; init; }

    /// <summary>Sector on the publication date (GOV, MIL, PTY, ...).</summary>
    public string? Sector { get; init; }

    /// <summary>CAMEO-style actor code (VENGOV, IGOUNO).</summary>
    public string? Code { get; init; }

    /// <summary>Role in words (office on the date, or the title the article gives).</summary>
    public string? Role { get; init; }

    /// <summary>The knowledge-base person, when known.</summary>
    public Person? Person { get; init; }

    /// <summary>The knowledge-base organisation, when known.</summary>
    public Organisation? Organisation { get; init; }

    /// <summary>Other names the article uses for it.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Every mention, in text order.</summary>
    public IReadOnlyList<Mention> Mentions { get; init; } = [];

    /// <summary>Where the knowledge came from (file:line or rule).</summary>
    public required string Source { get; init; }

    /// <summary>0..1.</summary>
    public double Confidence { get; init; } = 1.0;
}
