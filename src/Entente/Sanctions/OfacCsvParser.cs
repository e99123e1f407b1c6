using System.Text;

namespace Entente.Sanctions;

/// <summary>
/// Reads OFAC's legacy CSV: no header, <c>-0-</c> (often <c>-0- </c>) for empty, quoted fields
/// that may hold commas and line breaks, and a trailing <c>\r\n</c> plus Ctrl-Z (0x1A) byte.
/// </summary>
internal static class OfacCsvParser
{
    private const char CtrlZ = '\u001A';

    /// <summary>Parses a file's bytes; throws <see cref="SanctionsListException"/> naming the file and line.</summary>
    /// <param name="bytes">File content.</param>
    /// <param name="fileName">Name used in error messages.</param>
    /// <param name="minFields">Fields a record must have (sdn.csv 12, alt.csv 5, add.csv 6, sdn_comments.csv 2).</param>
    public static List<OfacRow> Parse(byte[] bytes, string fileName, int minFields)
    {
        string text = Decode(bytes).TrimStart('\uFEFF').TrimEnd(CtrlZ, '\r', '\n', ' ', '\t', '\0');
        if (text.Length == 0) throw new SanctionsListException($"{fileName}: empty file");

        var rows = new List<OfacRow>();
        var fields = new List<string?>(minFields);
        var field = new StringBuilder();
        int line = 1, recordLine = 1, quoteLine = 0;
        bool inQuotes = false;

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else inQuotes = false;
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.ToString().Trim().Length == 0:
                    inQuotes = true;
                    quoteLine = line;
                    field.Clear();
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (inQuotes) throw new SanctionsListException($"{fileName} line {quoteLine}: unterminated quoted field (file truncated?)");
        EndRecord();
        return rows;

        void EndField()
        {
            string value = field.ToString().Trim();
            fields.Add(value.Length == 0 || value == "-0-" ? null : value);
            field.Clear();
        }

        void EndRecord()
        {
            EndField();
            if (fields.Count == 1 && fields[0] == null) { fields.Clear(); return; } // blank line
            if (fields.Count < minFields)
                throw new SanctionsListException($"{fileName} line {recordLine}: expected {minFields} fields, found {fields.Count} (file truncated or not an OFAC CSV?)");
            rows.Add(new OfacRow(recordLine, fields.ToArray()));
            fields.Clear();
        }
    }

    /// <summary>Parses an ent_num field.</summary>
    public static int EntNum(OfacRow row, string fileName)
    {
        string? value = row.Fields[0];
        if (value != null && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n))
            return n;
        throw new SanctionsListException($"{fileName} line {row.Line}: ent_num '{value}' is not a number");
    }

    // OFAC files are ASCII in practice; older ones used Latin-1 for accented letters.
    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
