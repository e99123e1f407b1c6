using System.Text.Json;
using Entente.Sanctions;
using Entente.Sanctions.Store;

namespace Entente.Tests.Sanctions.Store;

[Trait("Issue", "5")]
public sealed class ListStoreTests : IDisposable
{
    private readonly TempFiles _files = new();
    private readonly ListStore _store;

    public ListStoreTests() => _store = new ListStore(Path.Combine(_files.Dir, "home"));

    public void Dispose() => _files.Dispose();

    private string[] Fixtures(string folder = "src_2025-02-10") =>
        [_files.Write($"{folder}/sdn.csv", ListFixtures.Sdn), _files.Write($"{folder}/alt.csv", ListFixtures.Alt), _files.Write("un/consolidated.xml", ListFixtures.Un)];

    [Fact]
    public void AnImportCopiesTheFilesAndWritesAManifestPerList()
    {
        var at = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
        var imported = _store.Import(Fixtures(), ListFixtures.NoCountries, now: at);

        Assert.Equal(2, imported.Count);
        var (ofac, already) = imported[0];
        Assert.False(already);
        Assert.Equal(Path.Combine(_store.Folder, "ofac-sdn", "2025-02-10"), ofac.Folder);
        Assert.True(File.Exists(Path.Combine(ofac.Folder, "sdn.csv")));
        Assert.True(File.Exists(Path.Combine(ofac.Folder, "alt.csv")));
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(ofac.Folder, "manifest.json"))).RootElement;
        Assert.Equal("ofac-sdn", manifest.GetProperty("name").GetString());
        Assert.Equal("2025-02-10", manifest.GetProperty("list_date").GetString());
        Assert.Equal(2, manifest.GetProperty("entries").GetInt32());
        Assert.Equal(1, manifest.GetProperty("skipped_rows").GetInt32());
        Assert.Equal(2, manifest.GetProperty("sources").GetArrayLength());
        var loaded = Assert.Single(SanctionsListLoader.Load([ofac.Folder], ListFixtures.NoCountries));
        Assert.Equal(loaded.Checksum, manifest.GetProperty("sha256").GetString());

        var un = imported[1].Import;
        Assert.Equal(Path.Combine(_store.Folder, "un-sc", "2026-01-15"), un.Folder);
        Assert.Equal(1, un.Manifest.Entries);
        Assert.Equal(at, un.Manifest.ImportedAt);
    }

    [Fact]
    public void ACorruptFileFailsTheImportAndLeavesEarlierImportsAlone()
    {
        _store.Import(Fixtures(), ListFixtures.NoCountries);
        var before = Directory.GetFileSystemEntries(_store.Folder, "*", SearchOption.AllDirectories).Order().ToList();
        string truncated = _files.Write("bad_2025-03-01/sdn.csv", "7101,\"VARGOS MELENDEZ, Teo");

        var ex = Assert.Throws<SanctionsListException>(() => _store.Import([truncated], ListFixtures.NoCountries));
        Assert.Contains("sdn.csv", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFileSystemEntries(_store.Folder, "*", SearchOption.AllDirectories).Order().ToList());
        Assert.Equal(2, _store.Latest().Count);
    }

    [Fact]
    public void TheMostRecentImportOfEachListIsTheOneInUse()
    {
        _store.Import(Fixtures(), ListFixtures.NoCountries, now: new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        string newer = _files.Write("src_2025-04-01/sdn.csv", ListFixtures.Sdn.Replace("Teodoro Anselmo", "Teodoro", StringComparison.Ordinal));
        _store.Import([newer], ListFixtures.NoCountries, now: new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(3, _store.Imports().Count);
        var latest = _store.Latest();
        Assert.Equal(["2025-04-01", "2026-01-15"], latest.Select(l => l.Manifest.ListDate ?? "").Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void ReimportingTheSameFilesAddsNothingButMakesThemCurrent()
    {
        var files = Fixtures();
        _store.Import(files, ListFixtures.NoCountries, now: new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        string other = _files.Write("src_2025-04-01/sdn.csv", ListFixtures.Sdn.Replace("Teodoro Anselmo", "Teodoro", StringComparison.Ordinal));
        _store.Import([other], ListFixtures.NoCountries, now: new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));

        var again = _store.Import(files, ListFixtures.NoCountries, now: new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero));

        Assert.All(again, r => Assert.True(r.AlreadyPresent));
        Assert.Equal(3, _store.Imports().Count);
        Assert.Contains(_store.Latest(), l => l.Manifest.ListDate == "2025-02-10");
        Assert.Empty(Directory.GetDirectories(_store.Folder, ".tmp-*"));
    }

    [Fact]
    public void AnUndatedListIsStoredUnderItsImportStamp()
    {
        string sdn = _files.Write("downloads/sdn.csv", ListFixtures.Sdn);
        var (import, _) = Assert.Single(_store.Import([sdn], ListFixtures.NoCountries, now: new DateTimeOffset(2026, 3, 1, 12, 5, 9, TimeSpan.Zero)));
        Assert.Equal("import-20260301T120509Z", Path.GetFileName(import.Folder));
        Assert.Null(import.Manifest.ListDate);
    }
}
