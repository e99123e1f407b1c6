using System.Diagnostics;
using Entente.Tests.Support;

namespace Entente.Tests.EndToEnd;

/// <summary>The article that started the project, checked by the independent scorer in ../shared/tools.</summary>
[Trait("Issue", "2")]
public class SeedArticleTests
{
    [SkippableFact]
    public void EveryRuleOfTheGoldFilePasses()
    {
        var article = SharedData.Require("seed/article.txt");
        var gold = SharedData.Require("seed/gold.json");
        var checker = SharedData.Require("tools/check_article.py");
        var ofac = SharedData.Require("data/sanctions/ofac");
        var run = CliRun.Of("code", article, "--date", "2019-10-01", "--home", Path.GetTempPath(),
            "--lists", Path.Combine(ofac, "sdn_2024-05-03", "sdn.csv"), "--lists", Path.Combine(ofac, "alt_add_2025-01-06", "alt.csv"),
            "--lists", Path.Combine(ofac, "alt_add_2025-01-06", "add.csv"));
        Assert.Equal(0, run.ExitCode);
        var output = Path.GetTempFileName();
        File.WriteAllText(output, run.Stdout);
        var lines = RunPython(checker, gold, output);
        File.Delete(output);
        var failures = lines.Where(l => l.StartsWith("FAIL", StringComparison.Ordinal)).ToList();
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Contains(lines, l => l.StartsWith("PASS event-must ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("PASS sanctions-must ", StringComparison.Ordinal));
        Assert.StartsWith("OK:", lines[^1], StringComparison.Ordinal);
    }

    private static List<string> RunPython(params string[] args)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        Process? process = null;
        try
        {
            process = Process.Start(info);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Skip.If(true, "python3 is not installed; the seed checker cannot run");
        }
        var output = process!.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
