using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Entente.Tests.Support;

namespace Entente.Tests.Cli;

/// <summary>The store's verbs end to end: ingest the bundled samples into a fresh home, then query and export.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "entente-home-" + Guid.NewGuid().ToString("N"));

    public StoreCommandTests()
    {
        var run = CliRun.Of("ingest", RepoFiles.Path("samples"), "--home", _home, "--top", "3");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Ingest = run;
    }

    private CliRun Ingest { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_home, recursive: true);
    }

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--home", _home]);

    [Fact]
    public void Ingest_prints_a_summary_and_the_top_events_and_a_rerun_adds_nothing()
    {
        Assert.Contains("Ingested 14 new, 0 unchanged, 0 failed", Ingest.Console);
        Assert.Contains("Top events", Ingest.Console);
        Assert.True(File.Exists(Path.Combine(_home, "entente.db")));
        var again = Run("ingest", RepoFiles.Path("samples"), "--top", "0");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Ingested 0 new, 14 unchanged, 0 failed", again.Console);
    }

    [Fact]
    public void A_bad_item_is_reported_and_counted_while_the_rest_is_ingested()
    {
        var folder = Path.Combine(_home, "incoming");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "good.txt"), "Kenya and Tanzania signed a border trade agreement in Arusha on Monday, officials said.");
        File.WriteAllBytes(Path.Combine(folder, "bad.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00]);
        var run = Run("ingest", folder, "--date", "2025-05-06", "--top", "0");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.txt", run.Stderr);
        Assert.Contains("1 new, 0 unchanged, 1 failed", run.Console);
    }

    [Fact]
    public void Events_filters_and_formats()
    {
        var json = Run("events", "--pair", "ARM-AZE", "--format", "json");
        Assert.Equal(0, json.ExitCode);
        var rows = JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(r.GetProperty("source_country").GetString(), new[] { "ARM", "AZE" }));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("sentence").GetString())));
        var csv = Run("events", "--quad", "4", "--format", "csv");
        var lines = csv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Id,Date,", lines[0]);
        Assert.True(lines.Length > 1);
        var table = Run("events", "--cameo", "04", "--limit", "2");
        Assert.Contains("Consult", table.Console);
        Assert.Equal(2, Run("events", "--cameo", "4x").ExitCode);
        Assert.Contains("--from", Run("events", "--from", "yesterday").Stderr);
    }

    [Fact]
    public void Actors_articles_and_stats_answer_from_the_store()
    {
        var actors = JsonDocument.Parse(Run("actors", "--search", "Armenia", "--format", "json").Stdout).RootElement;
        Assert.Contains(actors.EnumerateArray(), a => a.GetProperty("name").GetString() == "Armenia" && a.GetProperty("events").GetInt32() > 0);
        var articles = JsonDocument.Parse(Run("articles", "--format", "json").Stdout).RootElement;
        Assert.Equal(14, articles.GetArrayLength());
        var stats = JsonDocument.Parse(Run("stats", "--format", "json").Stdout).RootElement.EnumerateArray().ToList();
        var byQuad = stats.Where(s => s.GetProperty("kind").GetString() == "quad_class").Sum(s => s.GetProperty("count").GetInt64());
        var byMonth = stats.Where(s => s.GetProperty("kind").GetString() == "month").Sum(s => s.GetProperty("count").GetInt64());
        Assert.True(byQuad > 0);
        Assert.Equal(byQuad, byMonth);
        Assert.Contains("Armenia", Run("actors", "show", "Armenia").Console);
    }

    [Fact]
    public void Gdelt_export_has_61_columns_on_every_row_and_reloads()
    {
        var file = Path.Combine(_home, "events.tsv");
        Assert.Equal(0, Run("export", "gdelt", "--out", file).ExitCode);
        var rows = File.ReadAllLines(file).Select(l => l.Split('\t')).ToList();
        var events = JsonDocument.Parse(Run("events", "--format", "json", "--limit", "10000").Stdout).RootElement;
        Assert.Equal(events.GetArrayLength(), rows.Count);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        foreach (var r in rows)
        {
            // Reload the typed columns as a GDELT reader would.
            Assert.True(long.TryParse(r[0], CultureInfo.InvariantCulture, out _));
            Assert.True(r[1].Length == 0 || DateOnly.TryParseExact(r[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            Assert.StartsWith(r[28], r[26]);
            Assert.InRange(int.Parse(r[29], CultureInfo.InvariantCulture), 1, 4);
            Assert.InRange(double.Parse(r[30], CultureInfo.InvariantCulture), -10, 10);
            Assert.True(int.Parse(r[31], CultureInfo.InvariantCulture) >= int.Parse(r[33], CultureInfo.InvariantCulture));
            Assert.Equal(14, r[59].Length);
        }
        var mentions = Path.Combine(_home, "mentions.tsv");
        Assert.Equal(0, Run("export", "mentions", "--out", mentions).ExitCode);
        Assert.All(File.ReadAllLines(mentions), l => Assert.Equal(16, l.Split('\t').Length));
    }

    [Fact]
    public void Graphml_export_opens_with_a_standard_parser()
    {
        var file = Path.Combine(_home, "network.graphml");
        Assert.Equal(0, Run("export", "graphml", "--out", file).ExitCode);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var graph = XDocument.Load(file).Root!.Element(ns + "graph")!;
        var nodes = graph.Elements(ns + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();
        var edges = graph.Elements(ns + "edge").ToList();
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("source")!, nodes));
        Assert.All(edges, e => Assert.True(int.Parse(e.Elements(ns + "data").Single(d => (string)d.Attribute("key")! == "weight").Value, CultureInfo.InvariantCulture) >= 1));
        Assert.False(File.Exists(file + ".partial"));
    }

    [Fact]
    public void Plover_export_is_one_json_object_a_line()
    {
        var file = Path.Combine(_home, "plover.jsonl");
        Assert.Equal(0, Run("export", "plover", "--out", file).ExitCode);
        var lines = File.ReadAllLines(file);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(l).RootElement.GetProperty("event").GetString())));
    }

    [Fact]
    public void A_malformed_database_address_is_a_one_line_error()
    {
        var run = Run("events", "--db", "postgres://user:secret@[::bad");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("entente: E301", run.Stderr);
        Assert.DoesNotContain("secret", run.Stderr);
    }
}
