using Entente.Sanctions.Store;

namespace Entente.Tests.Sanctions.Store;

[Trait("Issue", "5")]
public sealed class ListUpdaterTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task TheOfficialFilesAreDownloadedThenImportedWithTheirUrls()
    {
        var store = new ListStore(_files.Dir);
        var fake = FakeDownloader.WithFixtures();
        var imported = await new ListUpdater(fake, store).UpdateAsync(ListFixtures.NoCountries, now: new DateTimeOffset(2026, 3, 4, 8, 0, 0, TimeSpan.Zero));

        Assert.Equal(ListUpdater.OfficialSources, fake.Requested);
        var ofac = imported.Single(i => i.Import.Manifest.Name == "ofac-sdn").Import;
        Assert.Equal("2026-03-04", ofac.Manifest.ListDate);
        Assert.Contains("https://www.treasury.gov/ofac/downloads/sdn.csv", ofac.Manifest.Sources);
        Assert.Equal(["add.csv", "alt.csv", "sdn.csv", "sdn_comments.csv"], ofac.Manifest.Files.Order(StringComparer.Ordinal).ToArray());
        var un = imported.Single(i => i.Import.Manifest.Name == "un-sc").Import;
        Assert.Equal("2026-01-15", un.Manifest.ListDate);
        Assert.Equal(2, store.Latest().Count);
    }

    [Fact]
    public async Task AFailedDownloadStoresNothing()
    {
        var store = new ListStore(_files.Dir);
        var fake = FakeDownloader.WithFixtures();
        fake.Fail = "consolidated.xml";
        await Assert.ThrowsAsync<HttpRequestException>(() => new ListUpdater(fake, store).UpdateAsync(ListFixtures.NoCountries));
        Assert.Empty(store.Imports());
    }
}
