using Entente.Documents;

namespace Entente.Events;

/// <summary>A source or target of an event: the entity, the words used, and its code on the event's date.</summary>
/// <param name="EntityKey">The entity's key, if the actor is a known entity.</param>
/// <param name="Text">The phrase as written (or the pronoun, for resolved pronouns).</param>
/// <param name="Span">Where the phrase stands.</param>
/// <param name="Country">ISO alpha-3.</param>
/// <param name="Sector">Sector on the event's date.</param>
/// <param name="Code">CAMEO-style code (VENGOV, IGOUNO).</param>
/// <param name="How">How it was found: subject, object, passive agent, pronoun, coreference, ...</param>
public sealed record EventActor(string? EntityKey, string Text, TextSpan Span, string? Country, string? Sector, string Code, string How);
