using Entente.Tests.Support;

namespace Entente.Tests.Cli;

[Trait("Issue", "3")]
public class ActorsShowCommandTests
{
    [Fact]
    public void APersonIsShownWithTheOfficeOnTheDate()
    {
        var run = CliRun.Of("actors", "show", "Maduro", "--date", "2019-09-25", "--home", Path.GetTempPath());
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("VENGOV", run.Console);
        Assert.Contains("people.tsv:", run.Console);
    }

    [Fact]
    public void ASeatOfPowerIsShownAsItsGovernment()
    {
        var run = CliRun.Of("actors", "show", "the Kremlin", "--home", Path.GetTempPath());
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("RUSGOV", run.Console);
    }

    [Fact]
    public void AnUnknownNameIsOneLineAndExitOne()
    {
        var run = CliRun.Of("actors", "show", "Zzyzx Quorbl", "--home", Path.GetTempPath());
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not in the knowledge base", run.Stderr);
    }
}
