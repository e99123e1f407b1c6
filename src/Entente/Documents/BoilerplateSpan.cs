namespace Entente.Documents;

/// <summary>A stretch of text that is not article body, with the rule that recognised it.</summary>
public sealed record BoilerplateSpan(TextSpan Span, string Kind, string Rule);
