namespace Entente.Events;

/// <summary>One cue from <c>modality.tsv</c>: folded words, what it signals and where it must stand.</summary>
public sealed record ModalityCue(string[] Words, string Kind, string Scope, string Origin);
