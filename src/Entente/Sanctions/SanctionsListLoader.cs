using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Entente.Sanctions;

/// <summary>Loads sanctions lists from files and folders.</summary>
public static class SanctionsListLoader
{
    private static readonly Regex DateInPath = new(@"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", RegexOptions.CultureInvariant);

    /// <summary>
    /// Loads lists. Each path is a file (OFAC <c>sdn.csv</c>, <c>alt.csv</c>, <c>add.csv</c>,
    /// <c>sdn_comments.csv</c>; UN consolidated <c>.xml</c>) or a folder of them (searched
    /// recursively; other files in folders are ignored). All OFAC files given combine into one
    /// OFAC list, wherever they are; each UN file is one list.
    /// </summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="countryToIso3">Maps a country name to ISO alpha-3, or null when unknown.</param>
    /// <exception cref="SanctionsListException">A file is missing, empty, truncated or not a known list.</exception>
    public static IReadOnlyList<SanctionsList> Load(IEnumerable<string> paths, Func<string, string?> countryToIso3)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(countryToIso3);
        var countries = new CountryNames(countryToIso3);
        var ofac = new Dictionary<OfacPart, (string Path, byte[] Bytes)>();
        var un = new List<(string Path, byte[] Bytes)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (file, explicitFile) in Expand(paths))
        {
            if (!seen.Add(Path.GetFullPath(file))) continue;
            var part = OfacPartOf(file);
            if (part == null && !file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                if (explicitFile) throw new SanctionsListException($"{file}: not a known sanctions list file (expected sdn.csv, alt.csv, add.csv, sdn_comments.csv or UN consolidated .xml)");
                continue;
            }
            byte[] bytes = ReadBytes(file);
            if (part is { } p)
            {
                if (ofac.TryGetValue(p, out var other))
                    throw new SanctionsListException($"{file}: a second {Path.GetFileName(file)} (already have {other.Path}); load one OFAC set at a time");
                ofac[p] = (file, bytes);
            }
            else if (bytes.Length == 0 || UnXmlReader.Sniff(bytes) || explicitFile) un.Add((file, bytes));
        }

        var lists = new List<SanctionsList>();
        if (ofac.Count > 0)
        {
            if (!ofac.TryGetValue(OfacPart.Sdn, out var sdn))
                throw new SanctionsListException($"{ofac.Values.First().Path}: OFAC alt/add/comments files need sdn.csv as well");
            var ordered = Enum.GetValues<OfacPart>().Where(ofac.ContainsKey).Select(k => ofac[k].Bytes);
            lists.Add(OfacListBuilder.Build(ofac, countries, DateFrom(sdn.Path), Checksum(ordered)));
        }
        foreach (var (path, bytes) in un)
            lists.Add(UnXmlReader.Read(path, bytes, countries, Checksum([bytes])));
        return lists;
    }

    private static IEnumerable<(string File, bool Explicit)> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path)) { yield return (path, true); continue; }
            if (!Directory.Exists(path)) throw new SanctionsListException($"{path}: no such file or folder");
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                yield return (file, false);
        }
    }

    private static OfacPart? OfacPartOf(string file) => Path.GetFileName(file).ToLowerInvariant() switch
    {
        "sdn.csv" => OfacPart.Sdn,
        "alt.csv" => OfacPart.Alt,
        "add.csv" => OfacPart.Add,
        "sdn_comments.csv" => OfacPart.Comments,
        _ => null,
    };

    private static byte[] ReadBytes(string file)
    {
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SanctionsListException($"{file}: cannot read ({ex.Message})", ex);
        }
    }

    // The legacy CSV carries no date; use one in the path ("sdn_2024-05-03/sdn.csv") when present.
    private static DateOnly? DateFrom(string path)
    {
        var m = DateInPath.Match(path);
        return m.Success && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    private static string Checksum(IEnumerable<byte[]> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var bytes in files) sha.AppendData(bytes);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
