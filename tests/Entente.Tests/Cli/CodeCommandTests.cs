using System.Text;
using System.Text.Json;
using Entente.Tests.Support;

namespace Entente.Tests.Cli;

public sealed class CodeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entente-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void OneArticlePrintsOneJsonDocumentInTheContractShape()
    {
        var path = Write("a.txt", "Kenya sent police officers to Haiti on Monday. Kenyan officials praised Haiti.");
        var run = CliRun.Of("code", path, "--date", "2024-03-05", "--home", _dir);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("2024-03-05", root.GetProperty("article").GetProperty("published").GetString());
        var evt = root.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("cameo").GetString() == "051");
        Assert.Equal("KEN", evt.GetProperty("source")[0].GetProperty("country").GetString());
        Assert.Equal("HTI", evt.GetProperty("target")[0].GetProperty("country").GetString());
        Assert.Equal(1, evt.GetProperty("quad_class").GetInt32());
        Assert.Equal("SUPPORT", evt.GetProperty("plover").GetProperty("event").GetString());
        var sentence = evt.GetProperty("sentence");
        var text = File.ReadAllText(path);
        Assert.Equal(sentence.GetProperty("text").GetString(), text[sentence.GetProperty("start").GetInt32()..sentence.GetProperty("end").GetInt32()]);
        Assert.True(root.TryGetProperty("sanctions", out _));
    }

    [Fact]
    public void ABatchWithBadItemsCodesTheGoodOnesAndFailsWithOneLinePerError()
    {
        var good = Write("a.txt", "Chile signed a trade agreement with Peru on Monday.");
        var empty = Write("b.txt", "");
        var invalid = Path.Combine(_dir, "c.txt");
        File.WriteAllBytes(invalid, [0x41, 0xFF, 0xFE, 0x42]);
        var batch = Write("d.jsonl", "{\"id\": \"j1\", \"text\": \"Japan hosted Philippine officials.\", \"date\": \"2024-11-20\"}\n{oops\n");
        var run = CliRun.Of("code", good, empty, invalid, Path.Combine(_dir, "missing.txt"), batch, "--date", "2024-03-05", "--home", _dir);
        Assert.Equal(1, run.ExitCode);
        var errors = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, errors.Length);
        Assert.Contains(errors, e => e.Contains("E102", StringComparison.Ordinal) && e.Contains("b.txt", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("E104", StringComparison.Ordinal) && e.Contains("c.txt", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("E101", StringComparison.Ordinal) && e.Contains("missing.txt", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("E106", StringComparison.Ordinal) && e.Contains("d.jsonl:2", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(["a", "j1"], json.RootElement.EnumerateArray().Select(d => d.GetProperty("article").GetProperty("id").GetString()));
    }

    [Fact]
    public void JsonlPrintsOneEventALineWithItsArticle()
    {
        var run = CliRun.WithStdin("Chile signed a trade agreement with Peru on Monday. Peru praised Chile.", "code", "-", "--format", "jsonl", "--date", "2024-03-05", "--home", _dir);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 2);
        Assert.All(lines, l => Assert.Equal("stdin", JsonDocument.Parse(l).RootElement.GetProperty("article").GetProperty("id").GetString()));
    }

    [Fact]
    public void TheTableShowsEventsAndActors()
    {
        var path = Write("a.txt", "Chile signed a trade agreement with Peru on Monday.");
        var run = CliRun.Of("code", path, "--format", "table", "--date", "2024-03-05", "--home", _dir);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("057", run.Console);
        Assert.Contains("signed a trade agreement with", run.Console);
    }

    [Fact]
    public void BadOptionsGiveOneLineAndExitTwo()
    {
        var run = CliRun.Of("code", "x.txt", "--format", "xml");
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--format", run.Stderr);
    }

    [Fact]
    public void ABadUserKnowledgeFileNamesTheFile()
    {
        var bad = Write("mine.tsv", "what\tever\nx\ty\n");
        var good = Write("a.txt", "Chile signed a trade agreement with Peru.");
        var run = CliRun.Of("code", good, "--actors", bad, "--home", _dir);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("mine.tsv", run.Stderr);
    }

    [Fact]
    public void AUserActorFileAddsAPerson()
    {
        var people = Write("people.tsv", "id\tname\taliases\tshort\tcountry\tborn\tdied\tgender\nzz-test\tTeodor Vrânceanu\t\tVrânceanu\tMDA\t1970\t\tm\n");
        var offices = Write("offices.tsv", "person\toffice\tcountry\tsector\trole\tstart\tend\nzz-test\tMDA.test_minister\tMDA\tGOV\tMinister of Tests\t2020\t\n");
        var text = Write("a.txt", "Teodor Vrânceanu praised Romania on Monday.");
        var run = CliRun.Of("code", text, "--actors", people, "--actors", offices, "--date", "2024-03-05", "--home", _dir);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var evt = Assert.Single(json.RootElement.GetProperty("events").EnumerateArray());
        Assert.Equal("MDAGOV", evt.GetProperty("source")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void ATwentyMegabyteFileIsRefusedAndTheBatchGoesOn()
    {
        var big = Path.Combine(_dir, "big.txt");
        File.WriteAllText(big, new StringBuilder().Insert(0, "Chile signed a trade agreement with Peru. ", 500_000).ToString());
        var good = Write("good.txt", "Chile signed a trade agreement with Peru on Monday.");
        var run = CliRun.Of("code", big, good, "--date", "2024-03-05", "--home", _dir);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("E105", run.Stderr);
        Assert.Contains("big.txt", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("good", json.RootElement.GetProperty("article").GetProperty("id").GetString());
    }
}
