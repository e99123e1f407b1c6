namespace Entente.Ingest;

/// <summary>How input is read.</summary>
public sealed record IngestOptions
{
    /// <summary>The publication date to assume when an article has none.</summary>
    public DateOnly? DefaultDate { get; init; }

    /// <summary>Largest file accepted, in bytes (default 10 MB: ten times a long feature article with markup).</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;
}
