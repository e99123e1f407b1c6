using Entente.Documents;

namespace Entente.Actors;

/// <summary>One recognised name, adjective or agent noun in the text.</summary>
/// <remarks>Immutable. <see cref="EntityKey"/> groups mentions of the same entity ("person:nicolas-maduro",
/// "country:VEN", "org:psuv", "name:alina montesino li"); agent nouns have none.</remarks>
public sealed record Mention
{
    /// <summary>Sentence index.</summary>
    public required int Sentence { get; init; }

    /// <summary>First token.</summary>
    public required int TokenStart { get; init; }

    /// <summary>One past the last token.</summary>
    public required int TokenEnd { get; init; }

    /// <summary>Character range.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The text as written.</summary>
    public required string Text { get; init; }

    /// <summary>How it was found.</summary>
    public required MentionKind Kind { get; init; }

    /// <summary>The dictionary entry, for dictionary and alias mentions.</summary>
    public LexEntry? Entry { get; init; }

    /// <summary>PERSON, ORG, LOC, or null for agent nouns and adjectives that are not names.</summary>
    public string? Type { get; init; }

    /// <summary>Groups mentions of one entity; null for agent nouns.</summary>
    public string? EntityKey { get; init; }

    /// <summary>The entity's canonical name.</summary>
    public string? Name { get; init; }

    /// <summary>Country (ISO alpha-3) the mention itself tells, if any.</summary>
    public string? Country { get; init; }

    /// <summary>Sector the mention itself tells, if any (agent nouns, organisations, offices).</summary>
    public string? Sector { get; init; }

    /// <summary>Role in words, for titled or appositive people.</summary>
    public string? Role { get; init; }

    /// <summary>The rule or knowledge row that produced it (file:line or rule name).</summary>
    public required string Rule { get; init; }

    /// <summary>0..1.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>True for a LexKind.Agent mention (a common noun or title, not a name).</summary>
    public bool IsAgent => Entry?.Kind == Actors.LexKind.Agent && Kind == MentionKind.Dictionary;
}
