namespace Entente.Evaluation;

/// <summary>One sentence of a validation suite with the events a human coder expects.</summary>
/// <param name="Id">The suite's sentence id.</param>
/// <param name="Category">The suite's category (PETRARCH) or "" (PLOVER).</param>
/// <param name="Text">The sentence.</param>
/// <param name="Date">Its date, when given.</param>
/// <param name="Triples">PETRARCH: expected (source country, target country, CAMEO code).</param>
/// <param name="Plover">PLOVER: expected events.</param>
public sealed record SuiteCase(string Id, string Category, string Text, DateOnly? Date,
    IReadOnlyList<(string Source, string Target, string Code)> Triples, IReadOnlyList<PloverGold> Plover);

/// <summary>One human-coded PLOVER event: type and the countries on each side (empty = unscored).</summary>
public sealed record PloverGold(string Event, IReadOnlySet<string> Sources, IReadOnlySet<string> Targets);
