namespace Entente.Knowledge;

/// <summary>Reads Entente's TSV knowledge files: '#' comments, a header row, tab-separated cells.</summary>
public static class TsvReader
{
    /// <summary>Parses <paramref name="content"/>; <paramref name="name"/> is used in messages.</summary>
    public static IEnumerable<TsvRow> Parse(string name, TextReader content)
    {
        Dictionary<string, int>? columns = null;
        var lineNumber = 0;
        while (content.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < cells.Length; i++)
                {
                    columns[cells[i].Trim()] = i;
                }
                continue;
            }
            if (cells.Length > columns.Count)
            {
                throw new KnowledgeFileException(
                    $"{name} line {lineNumber}: {cells.Length} cells but the header has {columns.Count} columns");
            }
            yield return new TsvRow(name, lineNumber, columns, cells);
        }
    }

    /// <summary>Reads a file from disk.</summary>
    public static List<TsvRow> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new KnowledgeFileException($"{path}: no such file");
        }
        using var reader = new StreamReader(path);
        return [.. Parse(Path.GetFileName(path), reader)];
    }
}
