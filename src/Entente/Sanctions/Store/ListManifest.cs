using System.Text.Json.Serialization;

namespace Entente.Sanctions.Store;

/// <summary>What <c>manifest.json</c> says about one imported list: where it came from, what it holds, and its checksum.</summary>
public sealed record ListManifest
{
    /// <summary>Folder name of the list ("ofac-sdn", "un-sc").</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The list's display name ("OFAC SDN", "UN SC").</summary>
    [JsonPropertyName("list")]
    public required string List { get; init; }

    /// <summary>The files as given to the import (full paths or URLs).</summary>
    [JsonPropertyName("sources")]
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>The copied file names inside the import folder.</summary>
    [JsonPropertyName("files")]
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>The list's publication date (yyyy-MM-dd), when known.</summary>
    [JsonPropertyName("list_date")]
    public string? ListDate { get; init; }

    /// <summary>When the import happened (UTC, ISO 8601).</summary>
    [JsonPropertyName("imported_at")]
    public required DateTimeOffset ImportedAt { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the files' bytes, as <see cref="SanctionsList.Checksum"/>.</summary>
    [JsonPropertyName("sha256")]
    public required string Sha256 { get; init; }

    /// <summary>Number of listed parties.</summary>
    [JsonPropertyName("entries")]
    public int Entries { get; init; }

    /// <summary>Rows skipped because their party is not in the list (orphan alias or address rows).</summary>
    [JsonPropertyName("skipped_rows")]
    public int SkippedRows { get; init; }
}
