using Entente.Documents;

namespace Entente.Events;

/// <summary>A date expression found in a sentence and resolved against the publication date.</summary>
public sealed record TemporalExpression(int TokenStart, int TokenEnd, TextSpan Span, string Text, DateOnly Start, DateOnly? End,
    string Precision, bool Future);
