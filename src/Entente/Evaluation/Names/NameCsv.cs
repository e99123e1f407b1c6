using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Entente.Evaluation.Names;

/// <summary>Reads the labelled name sets' CSV files (header row; <c>#</c> comments where the set has them).</summary>
internal static class NameCsv
{
    /// <summary>Every row as a column → value map (missing columns read as empty).</summary>
    public static List<Dictionary<string, string>> Read(string path, bool hasHeader = true, string[]? columns = null)
    {
        using var reader = new StreamReader(path);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = hasHeader,
            AllowComments = true,
            Comment = '#',
            IgnoreBlankLines = true,
            MissingFieldFound = null,
            BadDataFound = null,
        };
        using var csv = new CsvReader(reader, config);
        var rows = new List<Dictionary<string, string>>();
        string[] header = [];
        if (hasHeader && csv.Read() && csv.ReadHeader()) header = csv.HeaderRecord ?? [];
        if (!hasHeader) header = columns ?? [];
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++) row[header[i]] = (csv.TryGetField<string>(i, out var v) ? v : null)?.Trim() ?? "";
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>"true", "1", "yes", "t" (any case) are true, as in ../shared/tools/score_pairs.py.</summary>
    public static bool Truth(string value) => value.Trim().ToLowerInvariant() is "true" or "1" or "yes" or "t";
}
