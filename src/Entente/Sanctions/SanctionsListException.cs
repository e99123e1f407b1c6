namespace Entente.Sanctions;

/// <summary>A sanctions list file could not be read. The message is one line and names the file (and line).</summary>
public sealed class SanctionsListException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SanctionsListException()
    {
    }

    /// <summary>Creates the exception with a one-line, user-facing message.</summary>
    public SanctionsListException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the underlying error.</summary>
    public SanctionsListException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
