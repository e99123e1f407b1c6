using Entente.Tests.Support;

namespace Entente.Tests.Cli;

[Trait("Issue", "5")]
public sealed class EvalNamesCommandTests
{
    [SkippableFact]
    public void ScoresEverySetOnTheSharedData()
    {
        var data = SharedData.Require("data/sanctions");
        var run = CliRun.Of("eval", "names", "--data", data);
        Assert.Equal(0, run.ExitCode);
        var headlines = run.Console.Split('\n').Where(l => l.StartsWith("names ", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, headlines.Count);
        Assert.Contains(headlines, l => l.StartsWith("names nomenklatura: 826 pairs", StringComparison.Ordinal));
        Assert.Contains(headlines, l => l.StartsWith("names yente clean: recall 0.9", StringComparison.Ordinal));
        Assert.Contains(headlines, l => l.StartsWith("names negatives_global: FP rate 0.0", StringComparison.Ordinal));
        Assert.Contains(headlines, l => l.StartsWith("names cross-script:", StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingDataFolderIsAOneLineError()
    {
        var run = CliRun.Of("eval", "names", "--data", Path.Combine(Path.GetTempPath(), "entente-no-such-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("entente: E101 ", run.Stderr, StringComparison.Ordinal);
    }
}
