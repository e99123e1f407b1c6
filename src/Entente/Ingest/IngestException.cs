namespace Entente.Ingest;

/// <summary>Thrown inside readers for one bad item; callers turn it into an <see cref="IngestItem"/> error.</summary>
public sealed class IngestException(string code, string message) : Exception(message)
{
    /// <summary>The E1xx code.</summary>
    public string Code { get; } = code;
}
