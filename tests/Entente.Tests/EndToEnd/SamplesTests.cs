using System.Text.RegularExpressions;
using Entente.Documents;
using Entente.Ingest;
using Entente.Tests.Support;

namespace Entente.Tests.EndToEnd;

/// <summary>The bundled samples against samples/EXPECTED.md, the events a careful human coder listed for them.</summary>
[Trait("Issue", "2")]
public partial class SamplesTests
{
    private static readonly Lazy<Dictionary<string, List<Document>>> Coded = new(CodeSamples);

    private sealed record Expected(string File, string Source, string Target, string Code, bool Forbidden, string Sentence);

    private static Dictionary<string, List<Document>> CodeSamples()
    {
        var reader = new InputReader(new IngestOptions());
        var result = new Dictionary<string, List<Document>>();
        foreach (var item in reader.Read([RepoFiles.Path("samples")]))
        {
            Assert.Null(item.Error);
            var file = Path.GetFileName(item.Article!.Source.Split(':')[0]);
            if (!result.TryGetValue(file, out var list))
            {
                result[file] = list = [];
            }
            list.Add(Some.Pipeline.Process(item.Article));
        }
        return result;
    }

    private static List<Expected> ReadExpected()
    {
        var rows = new List<Expected>();
        string? file = null;
        foreach (var line in File.ReadAllLines(RepoFiles.Path("samples", "EXPECTED.md")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                file = line[3..].Split(' ')[0];
                continue;
            }
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (file is null || !line.StartsWith('|') || cells.Length < 6 || cells[0] == "sentence" || cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }
            var (source, target, code, notes) = (cells[1], cells[2], cells[3], cells[5]);
            if (code.StartsWith("none", StringComparison.Ordinal))
            {
                var not = NotCode().Match(code);
                if (not.Success)
                {
                    rows.Add(new Expected(file, source, target, not.Groups[1].Value, true, cells[0]));
                }
                continue;
            }
            var digits = Digits().Match(code);
            if (digits.Success && !notes.Contains("optional", StringComparison.OrdinalIgnoreCase))
            {
                rows.Add(new Expected(file, source, target, digits.Groups[1].Value, false, cells[0]));
            }
        }
        return rows;
    }

    private static bool Found(Expected e)
    {
        if (!Coded.Value.TryGetValue(e.File, out var docs))
        {
            return false;
        }
        static bool Has(IEnumerable<Entente.Events.EventActor> actors, string code) =>
            actors.Any(a => (a.Country ?? a.Code) == code || a.Code.StartsWith(code, StringComparison.Ordinal) || code == "---" && a.Country is null);
        return docs.SelectMany(d => d.Events)
            .Where(v => !v.Modality.Negated && v.Modality.Kind is "asserted" or "reported" or "historical")
            .Any(v => v.Cameo.Code[..2] == e.Code[..2] && Has(v.Source, e.Source) && Has(v.Target, e.Target));
    }

    [Fact]
    public void EverySampleIsReadAndCodesEvents()
    {
        var files = Directory.GetFiles(RepoFiles.Path("samples")).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Select(Path.GetFileName).ToList();
        Assert.True(files.Count >= 10);
        foreach (var file in files)
        {
            Assert.True(Coded.Value.ContainsKey(file!), $"{file} was not read");
            Assert.True(Coded.Value[file!].Sum(d => d.Events.Count) > 0, $"{file} coded no event");
        }
        var roots = Coded.Value.Values.SelectMany(d => d).SelectMany(d => d.Events).Select(e => e.Cameo.Root).Distinct().Count();
        Assert.True(roots >= 10, $"the samples cover only {roots} CAMEO roots");
    }

    [Fact]
    public void NothingTheExpectationsForbidIsClaimed()
    {
        var forbidden = ReadExpected().Where(e => e.Forbidden).ToList();
        Assert.NotEmpty(forbidden);
        Assert.All(forbidden, e => Assert.False(Found(e), $"{e.File}: {e.Source}→{e.Target} {e.Code} must not be coded ({e.Sentence})"));
    }

    [Fact]
    public void KeyEventsOfEachSampleAreFound()
    {
        // Pinned: the events Entente must keep getting right (a subset of EXPECTED.md; the rest is measured below).
        (string File, string Source, string Target, string Code)[] pinned =
        [
            ("01-geneva-armenia-azerbaijan-talks.txt", "CHE", "ARM", "043"),
            ("01-geneva-armenia-azerbaijan-talks.txt", "USA", "ARM", "051"),
            ("02-gulf-of-oman-tanker-seizure.txt", "IRN", "MHL", "171"),
            ("02-gulf-of-oman-tanker-seizure.txt", "USA", "IRN", "111"),
            ("03-poland-expels-russian-diplomats.txt", "POL", "RUS", "161"),
            ("04-sudan-humanitarian-aid.txt", "SAU", "SDN", "073"),
            ("05-philippines-japan-naval-drills.txt", "PHL", "JPN", "062"),
            ("06-pakistan-afghanistan-border-clash.txt", "AFG", "PAK", "1123"),
            ("07-russia-ukraine-prisoner-exchange.txt", "RUS", "UKR", "0841"),
            ("09-north-korea-missile-launch.html", "KOR", "USA", "041"),
            ("12-batch.jsonl", "GHA", "CIV", "057"),
        ];
        var missing = pinned.Where(p => !Found(new Expected(p.File, p.Source, p.Target, p.Code, false, ""))).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join("; ", missing));
    }

    [Fact]
    public void RecallOnTheExpectedEventsDoesNotSlipBack()
    {
        var expected = ReadExpected().Where(e => !e.Forbidden && !e.File.EndsWith(".jsonl", StringComparison.Ordinal)).ToList();
        var found = expected.Count(Found);
        // A ratchet: raise it as coding improves (measured 32 of 62 when it was last raised).
        Assert.True(found >= 32, $"found {found} of {expected.Count} expected sample events");
    }

    [GeneratedRegex(@"not (\d{2,4})")]
    private static partial Regex NotCode();

    [GeneratedRegex(@"^(\d{2,4})")]
    private static partial Regex Digits();
}
