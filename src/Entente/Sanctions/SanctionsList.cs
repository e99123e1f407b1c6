namespace Entente.Sanctions;

/// <summary>A loaded sanctions list.</summary>
public sealed class SanctionsList
{
    /// <summary>Creates a list.</summary>
    /// <param name="name">Display name ("OFAC SDN", "UN SC").</param>
    /// <param name="source">The file or files it was read from.</param>
    /// <param name="date">Publication date, when known.</param>
    /// <param name="checksum">SHA-256 (hex) of the files' bytes, in load order.</param>
    /// <param name="entries">The entries.</param>
    /// <param name="skippedRows">Rows that could not be attached to an entry (e.g. aliases of delisted parties).</param>
    public SanctionsList(string name, string source, DateOnly? date, string checksum, IReadOnlyList<SanctionsEntry> entries, int skippedRows = 0)
    {
        Name = name;
        Source = source;
        Date = date;
        Checksum = checksum;
        Entries = entries;
        SkippedRows = skippedRows;
    }

    /// <summary>Display name ("OFAC SDN", "UN SC").</summary>
    public string Name { get; }

    /// <summary>The file or files it was read from ("; "-separated).</summary>
    public string Source { get; }

    /// <summary>Publication date, when known.</summary>
    public DateOnly? Date { get; }

    /// <summary>SHA-256 (lower-case hex) of the files' bytes.</summary>
    public string Checksum { get; }

    /// <summary>The entries.</summary>
    public IReadOnlyList<SanctionsEntry> Entries { get; }

    /// <summary>
    /// Rows skipped because their entry is missing, e.g. alt.csv/add.csv rows whose ent_num is not in
    /// sdn.csv when the files come from different dates.
    /// </summary>
    public int SkippedRows { get; }
}
