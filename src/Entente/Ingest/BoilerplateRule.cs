using System.Text.RegularExpressions;

namespace Entente.Ingest;

/// <summary>One line rule from <c>boilerplate.tsv</c>.</summary>
public sealed record BoilerplateRule(string Kind, string Name, Regex Pattern, string Origin);
