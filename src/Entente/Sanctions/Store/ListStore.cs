using System.Globalization;
using System.Text.Json;

namespace Entente.Sanctions.Store;

/// <summary>
/// Imported sanctions lists under the home folder: <c>lists/&lt;name&gt;/&lt;list date or import stamp&gt;/</c>
/// holds the original files and a <c>manifest.json</c>. An import is validated by loading it fully
/// first, then written to a temporary folder and renamed into place, so a failed import leaves the
/// lists already imported untouched.
/// </summary>
public sealed class ListStore
{
    private const string ManifestFile = "manifest.json";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Uses <c>lists/</c> under <paramref name="home"/>.</summary>
    public ListStore(string home) => Folder = Path.Combine(home, "lists");

    /// <summary>The folder holding every imported list.</summary>
    public string Folder { get; }

    /// <summary>Every import with a readable manifest, by list name, most recent first.</summary>
    public IReadOnlyList<ImportedList> Imports()
    {
        if (!Directory.Exists(Folder)) return [];
        var imports = new List<ImportedList>();
        foreach (var listDir in Directory.EnumerateDirectories(Folder).Where(d => !Path.GetFileName(d).StartsWith('.')))
            foreach (var dir in Directory.EnumerateDirectories(listDir))
                if (ReadManifest(dir) is { } manifest) imports.Add(new ImportedList(dir, manifest));
        return [.. imports.OrderBy(i => i.Manifest.Name, StringComparer.Ordinal).ThenByDescending(i => i.Manifest.ImportedAt)];
    }

    /// <summary>The most recent import of each list.</summary>
    public IReadOnlyList<ImportedList> Latest() => [.. Imports().GroupBy(i => i.Manifest.Name).Select(g => g.First())];

    /// <summary>
    /// Validates and stores lists. <paramref name="paths"/> are files or folders as for
    /// <see cref="SanctionsListLoader.Load"/>; each list found (the OFAC set, each UN file) becomes one import.
    /// Importing files identical to an earlier import (same checksum) makes that import the most recent again.
    /// </summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="countryToIso3">Country-name resolver for the loader.</param>
    /// <param name="describeSource">What to record as the source of a file (default: its full path).</param>
    /// <param name="now">The import time (default: now).</param>
    /// <exception cref="SanctionsListException">A file is missing, empty, truncated or malformed; nothing is written.</exception>
    public IReadOnlyList<(ImportedList Import, bool AlreadyPresent)> Import(IReadOnlyList<string> paths, Func<string, string?> countryToIso3,
        Func<string, string>? describeSource = null, DateTimeOffset? now = null)
    {
        var lists = SanctionsListLoader.Load(paths, countryToIso3);
        if (lists.Count == 0) throw new SanctionsListException($"{string.Join(", ", paths)}: no sanctions list files found");
        describeSource ??= Path.GetFullPath;
        var at = (now ?? DateTimeOffset.UtcNow).ToUniversalTime();
        Directory.CreateDirectory(Folder);
        var results = new List<(ImportedList, bool)>();
        foreach (var list in lists)
            results.Add(Store(list, describeSource, at));
        return results;
    }

    private (ImportedList, bool) Store(SanctionsList list, Func<string, string> describeSource, DateTimeOffset at)
    {
        string name = Slug(list.Name);
        string listDir = Path.Combine(Folder, name);
        var existing = Imports().FirstOrDefault(i => i.Manifest.Name == name && i.Manifest.Sha256 == list.Checksum);
        if (existing is not null)
        {
            var refreshed = existing.Manifest with { ImportedAt = at };
            WriteManifest(existing.Folder, refreshed, replace: true);
            return (existing with { Manifest = refreshed }, true);
        }

        var files = list.Source.Split("; ", StringSplitOptions.RemoveEmptyEntries);
        var copied = files.Select(f => CopyName(f, list.Name)).ToList();
        var manifest = new ListManifest
        {
            Name = name,
            List = list.Name,
            Sources = [.. files.Select(describeSource)],
            Files = copied,
            ListDate = list.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ImportedAt = at,
            Sha256 = list.Checksum,
            Entries = list.Entries.Count,
            SkippedRows = list.SkippedRows,
        };
        string temp = Path.Combine(Folder, ".tmp-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(temp);
            for (int i = 0; i < files.Length; i++) File.Copy(files[i], Path.Combine(temp, copied[i]));
            WriteManifest(temp, manifest, replace: false);
            Directory.CreateDirectory(listDir);
            string target = FreeFolder(listDir, list.Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : "import-" + at.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            Directory.Move(temp, target);
            return (new ImportedList(target, manifest), false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SanctionsListException($"{Folder}: cannot store {list.Name} ({ex.Message})", ex);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    // The loader recognises OFAC files by name and UN files by their .xml ending.
    private static string CopyName(string file, string listName)
    {
        string fileName = Path.GetFileName(file);
        return listName == UnXmlReader.ListName && !fileName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? "consolidated.xml" : fileName;
    }

    private static string FreeFolder(string listDir, string stamp)
    {
        string target = Path.Combine(listDir, stamp);
        for (int n = 2; Directory.Exists(target); n++) target = Path.Combine(listDir, $"{stamp}-{n}");
        return target;
    }

    private static string Slug(string listName) =>
        string.Join('-', listName.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static ListManifest? ReadManifest(string dir)
    {
        string path = Path.Combine(dir, ManifestFile);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<ListManifest>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Written beside and renamed, so a reader never sees half a manifest.
    private static void WriteManifest(string dir, ListManifest manifest, bool replace)
    {
        string path = Path.Combine(dir, ManifestFile);
        string temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(manifest, Json));
        File.Move(temp, path, replace);
    }
}
