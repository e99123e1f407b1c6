using System.Globalization;
using Entente.Sanctions.Store;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>How the <c>lists</c> commands show imports.</summary>
internal static class ListsReport
{
    /// <summary>One line per list just imported.</summary>
    public static void Imported(IAnsiConsole console, IReadOnlyList<(ImportedList Import, bool AlreadyPresent)> imported)
    {
        foreach (var (import, already) in imported)
        {
            var m = import.Manifest;
            var skipped = m.SkippedRows > 0 ? string.Create(CultureInfo.InvariantCulture, $", {m.SkippedRows:N0} orphan rows skipped") : "";
            var what = already ? "already imported, now the current one:" : "imported";
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{what} {m.List} {m.ListDate ?? "(undated)"}: {m.Entries:N0} entries{skipped}, sha256 {m.Sha256[..12]} → {import.Folder}")));
        }
    }

    /// <summary>A table of every import, the one in use marked with *.</summary>
    public static Table Table(IReadOnlyList<ImportedList> imports, IReadOnlyList<ImportedList> latest)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("List", "Date", "Entries", "Skipped", "SHA-256", "Imported at (UTC)", "Source");
        foreach (var import in imports)
        {
            var m = import.Manifest;
            bool current = latest.Any(l => l.Folder == import.Folder);
            table.AddRow(Markup.Escape((current ? "* " : "  ") + m.List), Markup.Escape(m.ListDate ?? "-"),
                m.Entries.ToString("N0", CultureInfo.InvariantCulture), m.SkippedRows.ToString("N0", CultureInfo.InvariantCulture),
                m.Sha256[..Math.Min(12, m.Sha256.Length)], m.ImportedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("\n", m.Sources.Select(Short))));
        }
        return table;
    }

    // "sdn_2024-05-03/sdn.csv" or "treasury.gov/…/sdn.csv": enough to tell imports apart in a narrow table.
    private static string Short(string source)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return $"{uri.Host}/…/{Path.GetFileName(uri.AbsolutePath)}";
        var folder = Path.GetFileName(Path.GetDirectoryName(source));
        return string.IsNullOrEmpty(folder) ? Path.GetFileName(source) : $"{folder}/{Path.GetFileName(source)}";
    }
}
