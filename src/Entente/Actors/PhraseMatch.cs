namespace Entente.Actors;

/// <summary>A dictionary phrase found in the text: token range (end-exclusive) and the entries it names.</summary>
public readonly record struct PhraseMatch(int TokenStart, int TokenEnd, IReadOnlyList<LexEntry> Entries);
