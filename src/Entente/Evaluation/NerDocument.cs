namespace Entente.Evaluation;

/// <summary>One document of a NER corpus rebuilt as text (tokens joined by spaces, a sentence a line)
/// with its gold entity spans as character offsets.</summary>
public sealed record NerDocument(string Id, string Text, IReadOnlyList<(int Start, int End, string Type)> Gold);
