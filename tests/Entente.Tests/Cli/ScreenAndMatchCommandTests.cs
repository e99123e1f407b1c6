using System.Text.Json;
using Entente.Tests.Support;

namespace Entente.Tests.Cli;

[Trait("Issue", "5")]
public sealed class ScreenAndMatchCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entente-screen-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // A fictional list entry in OFAC's legacy layout, written for this test.
    private string OfacFixture()
    {
        var path = Path.Combine(_dir, "sdn.csv");
        File.WriteAllText(path,
            "90001,\"VARGOS MELENDEZ, Teodoro Anselmo\",\"individual\",\"VENEZUELA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 02 Mar 1961; citizen Venezuela; Gender Male.\"\r\n"
            + "90002,\"ORINOCO FREIGHT LINES C.A.\",\"-0- \",\"VENEZUELA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a");
        return path;
    }

    [Fact]
    public void ScreenPrintsTheContractsJsonArrayBestFirst()
    {
        var run = CliRun.Of("screen", "Teodoro Vargos Meléndez", "--country", "VEN", "--born", "1961", "--lists", OfacFixture(), "--format", "json", "--home", _dir);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var hit = json.RootElement[0];
        Assert.Equal("90001", hit.GetProperty("entry_id").GetString());
        Assert.Equal("match", hit.GetProperty("status").GetString());
        Assert.Contains("VENEZUELA", hit.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));
        Assert.NotEmpty(hit.GetProperty("reasons").EnumerateArray());
    }

    [Fact]
    public void ContradictingEvidenceLeavesOnlyAPossibleHit()
    {
        var run = CliRun.Of("screen", "Teodoro Vargos Meléndez", "--born", "1990", "--lists", OfacFixture(), "--format", "json", "--home", _dir);
        using var json = JsonDocument.Parse(run.Stdout);
        var hit = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("possible", hit.GetProperty("status").GetString());
        Assert.Contains(hit.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("1990", StringComparison.Ordinal));
    }

    [Fact]
    public void ATruncatedListIsAClearError()
    {
        var bad = Path.Combine(_dir, "sdn.csv");
        File.WriteAllText(bad, "90001,\"VARGOS MELENDEZ, Teodoro");
        var run = CliRun.Of("screen", "Teodoro Vargos", "--lists", bad, "--home", _dir);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("sdn.csv", run.Stderr);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void MatchPrintsOneJsonLinePerPairInOrder()
    {
        var pairs = Path.Combine(_dir, "pairs.csv");
        File.WriteAllText(pairs, "id,name1,name2\n1,\"CABELLO RONDON, Diosdado\",Diosdado Cabello\n2,Maria Lopez,Vladimir Petrov\n");
        var run = CliRun.Of("match", "--pairs", pairs, "--home", _dir);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.True(lines[0].GetProperty("match").GetBoolean());
        Assert.False(lines[1].GetProperty("match").GetBoolean());
        Assert.Equal("Maria Lopez", lines[1].GetProperty("name1").GetString());
    }
}
