namespace Entente.Ingest;

/// <summary>The catalogue of ingest error codes (one place, so messages stay consistent).</summary>
public static class IngestErrors
{
    /// <summary>The path does not exist.</summary>
    public const string Missing = "E101";
    /// <summary>The file or record has no text.</summary>
    public const string Empty = "E102";
    /// <summary>The file is binary, not text.</summary>
    public const string Binary = "E103";
    /// <summary>The bytes are not valid UTF-8.</summary>
    public const string Encoding = "E104";
    /// <summary>The file is larger than the limit.</summary>
    public const string TooLarge = "E105";
    /// <summary>A JSONL line is not a JSON object.</summary>
    public const string BadJson = "E106";
    /// <summary>A JSONL record lacks text and html, or a field has the wrong type.</summary>
    public const string BadRecord = "E107";
    /// <summary>An HTML page has no readable article text.</summary>
    public const string NoArticle = "E108";
    /// <summary>The file could not be read (permissions, I/O).</summary>
    public const string Unreadable = "E109";
    /// <summary>A date in the input is not YYYY-MM-DD.</summary>
    public const string BadDate = "E110";
}
