namespace Entente.Knowledge;

/// <summary>One data row of a knowledge file, with the file and line it came from (for traceability).</summary>
public sealed class TsvRow
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string[] _cells;

    internal TsvRow(string file, int line, IReadOnlyDictionary<string, int> columns, string[] cells)
    {
        File = file;
        Line = line;
        _columns = columns;
        _cells = cells;
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>1-based line number.</summary>
    public int Line { get; }

    /// <summary>"file:line", used in explanations.</summary>
    public string Origin => $"{File}:{Line}";

    /// <summary>The trimmed cell of <paramref name="column"/>; empty when the row is short.</summary>
    public string this[string column]
    {
        get
        {
            if (!_columns.TryGetValue(column, out var index))
            {
                throw new KnowledgeFileException($"{File}: no column '{column}' in the header");
            }
            return index < _cells.Length ? _cells[index].Trim() : "";
        }
    }

    /// <summary>True when the header has <paramref name="column"/>.</summary>
    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The |-separated values of a cell, trimmed, without empties.</summary>
    public string[] List(string column) =>
        this[column].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The cell, or null when empty.</summary>
    public string? Optional(string column) => Has(column) && this[column].Length > 0 ? this[column] : null;
}
