namespace Entente.Ingest;

/// <summary>Why one input item could not be read. Codes are stable so users can search for them.</summary>
/// <param name="Code">E1xx code from <see cref="IngestErrors"/>.</param>
/// <param name="Item">The file, "file:line" or "stdin".</param>
/// <param name="Message">What is wrong, in one line.</param>
public sealed record IngestError(string Code, string Item, string Message)
{
    /// <summary>The one-line form printed on stderr.</summary>
    public override string ToString() => $"{Code} {Item}: {Message}";
}
