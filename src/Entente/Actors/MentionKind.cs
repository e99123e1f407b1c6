namespace Entente.Actors;

/// <summary>How a mention was recognised.</summary>
public enum MentionKind : byte
{
    /// <summary>A knowledge-base phrase (see <see cref="Mention.Entry"/>).</summary>
    Dictionary,
    /// <summary>An unknown capitalised name, typed by context.</summary>
    UnknownName,
    /// <summary>A surname or given name standing for a full name used elsewhere in the article.</summary>
    Alias,
}
