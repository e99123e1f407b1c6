namespace Entente.Sanctions;

/// <summary>One record of an OFAC legacy CSV file; <c>-0-</c> fields are null.</summary>
/// <param name="Line">1-based line where the record starts.</param>
/// <param name="Fields">Trimmed field values.</param>
internal sealed record OfacRow(int Line, string?[] Fields);
