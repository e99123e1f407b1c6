namespace Entente.Sanctions.Store;

/// <summary>Downloads the official OFAC legacy CSV files and the UN consolidated XML, then imports them into a <see cref="ListStore"/>.</summary>
public sealed class ListUpdater(IListDownloader downloader, ListStore store)
{
    /// <summary>The official files: OFAC's legacy CSV set and the UN Security Council consolidated list.</summary>
    public static IReadOnlyList<Uri> OfficialSources { get; } =
    [
        new("https://www.treasury.gov/ofac/downloads/sdn.csv"),
        new("https://www.treasury.gov/ofac/downloads/alt.csv"),
        new("https://www.treasury.gov/ofac/downloads/add.csv"),
        new("https://www.treasury.gov/ofac/downloads/sdn_comments.csv"),
        new("https://scsanctions.un.org/resources/xml/en/consolidated.xml"),
    ];

    /// <summary>
    /// Downloads <paramref name="sources"/> (default: <see cref="OfficialSources"/>) into a temporary
    /// folder named with today's date (the date the OFAC CSV files, which carry none, are taken to be of),
    /// then imports them; nothing is stored unless every file downloads and loads.
    /// </summary>
    /// <exception cref="HttpRequestException">A download failed.</exception>
    /// <exception cref="SanctionsListException">A downloaded file is not a valid list.</exception>
    public async Task<IReadOnlyList<(ImportedList Import, bool AlreadyPresent)>> UpdateAsync(Func<string, string?> countryToIso3,
        IReadOnlyList<Uri>? sources = null, DateTimeOffset? now = null, CancellationToken cancellationToken = default)
    {
        sources ??= OfficialSources;
        var at = (now ?? DateTimeOffset.UtcNow).ToUniversalTime();
        string temp = Path.Combine(Path.GetTempPath(), "entente-update-" + Guid.NewGuid().ToString("N"), "download_" + at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(temp);
        try
        {
            var origin = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var url in sources)
            {
                var bytes = await downloader.DownloadAsync(url, cancellationToken).ConfigureAwait(false);
                string file = Path.GetFullPath(Path.Combine(temp, Path.GetFileName(url.AbsolutePath)));
                await File.WriteAllBytesAsync(file, bytes, cancellationToken).ConfigureAwait(false);
                origin[file] = url.ToString();
            }
            return store.Import([.. origin.Keys], countryToIso3, f => origin.GetValueOrDefault(Path.GetFullPath(f), f), at);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(temp)!, recursive: true);
        }
    }
}
