using System.Text.Json;
using Entente.Tests.Sanctions;
using Entente.Tests.Sanctions.Store;
using Entente.Tests.Support;

namespace Entente.Tests.Cli;

[Trait("Issue", "5")]
public sealed class ListsCommandTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Home => Path.Combine(_files.Dir, "home");

    private CliRun Import() => CliRun.Of("lists", "import", _files.Write("set_2025-02-10/sdn.csv", ListFixtures.Sdn),
        _files.Write("set_2025-02-10/alt.csv", ListFixtures.Alt), _files.Write("un/consolidated.xml", ListFixtures.Un), "--home", Home);

    [Fact]
    public void ImportThenShowListsWhatWasStored()
    {
        var import = Import();
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("imported OFAC SDN 2025-02-10: 2 entries, 1 orphan rows skipped", import.Console, StringComparison.Ordinal);
        Assert.Empty(import.Stdout);

        var show = CliRun.Of("lists", "show", "--home", Home);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("OFAC SDN", show.Console, StringComparison.Ordinal);
        Assert.Contains("UN SC", show.Console, StringComparison.Ordinal);
        Assert.Contains("2026-01-15", show.Console, StringComparison.Ordinal);
        Assert.Contains("set_2025-02-10/sdn.csv", show.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void ScreenUsesTheImportedListsWhenNoListsAreGiven()
    {
        Import();
        var run = CliRun.Of("screen", "Halvard Quintero Ossande", "--format", "json", "--home", Home);
        Assert.Equal(0, run.ExitCode);
        var hit = JsonDocument.Parse(run.Stdout).RootElement[0];
        Assert.Equal("UN SC", hit.GetProperty("list").GetString());
        Assert.Equal("QDi.990", hit.GetProperty("entry_id").GetString());
    }

    [Fact]
    public void ScreenWithoutAnyListsSaysHowToGetThem()
    {
        var run = CliRun.Of("screen", "Halvard Quintero", "--home", Home);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("lists import", line, StringComparison.Ordinal);
        Assert.Contains("--lists", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorruptImportIsAOneLineErrorAndKeepsTheEarlierLists()
    {
        Import();
        var bad = CliRun.Of("lists", "import", _files.Write("later/consolidated.xml", ListFixtures.Un[..200]), "--home", Home);
        Assert.Equal(2, bad.ExitCode);
        Assert.StartsWith("entente: E201 ", bad.Stderr, StringComparison.Ordinal);
        Assert.Single(bad.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var screen = CliRun.Of("screen", "Halvard Quintero Ossande", "--format", "json", "--home", Home);
        Assert.Equal("QDi.990", JsonDocument.Parse(screen.Stdout).RootElement[0].GetProperty("entry_id").GetString());
    }

    [Fact]
    public void CodeScreensAgainstImportedLists()
    {
        Import();
        string article = _files.Write("article.txt", "CARACAS, March 3 (Reuters) - Venezuelan Interior Minister Teodoro Vargos Melendez met Cuban officials in Caracas on Monday.");
        var run = CliRun.Of("code", article, "--date", "2025-03-04", "--home", Home);
        Assert.Equal(0, run.ExitCode);
        var sanctions = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("sanctions");
        Assert.Contains(sanctions.EnumerateArray(), s => s.GetProperty("entry_id").GetString() == "7101");
    }

    [Fact]
    public void UpdateImportsWhatTheDownloaderServes()
    {
        var fake = FakeDownloader.WithFixtures();
        var run = CliRun.WithDownloader(fake, "lists", "update", "--home", Home);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(5, fake.Requested.Count);
        Assert.Contains("imported UN SC 2026-01-15", run.Console, StringComparison.Ordinal);

        fake.Fail = "sdn.csv";
        var failed = CliRun.WithDownloader(fake, "lists", "update", "--home", Path.Combine(_files.Dir, "other"));
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("E202", failed.Stderr, StringComparison.Ordinal);
    }
}
