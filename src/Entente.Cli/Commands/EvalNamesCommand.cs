using Entente.Evaluation.Names;
using Entente.Knowledge;
using Entente.Sanctions;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente eval names</c>: name matching and screening scored on the labelled sets in
/// ../shared/data/sanctions (read where they are, never copied): nomenklatura pairs, yente UN positives
/// (clean and with typos), yente negatives, watchman cross-script pairs.</summary>
public sealed class EvalNamesCommand(CliStreams streams) : Command<EvalNamesSettings>
{
    private const string NameSets = "name_matching";

    /// <inheritdoc/>
    public override int Execute(CommandContext context, EvalNamesSettings settings, CancellationToken cancellationToken)
    {
        var data = settings.Data ?? SanctionsDataFolder.Find();
        if (data is null || !Directory.Exists(data))
        {
            streams.Fail($"E101 {data ?? "../shared/data/sanctions"}: no sanctions data folder; pass --data DIR");
            return 2;
        }
        var report = new EvalNamesReport(streams.Console, settings.Errors);
        var kb = KnowledgeLoader.Default().Build();
        var iso2 = kb.Countries.Where(c => c.Iso2.Length == 2).GroupBy(c => c.Iso2.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First().Iso3);
        string? Country(string value) => value.Length == 2 && iso2.TryGetValue(value.ToUpperInvariant(), out var c) ? c : kb.CountryCode(value);
        var matcher = new NameMatcher();

        if (File(data, NameSets, "nomenklatura", "cases.csv") is { } cases)
            report.Pairs(PairSetScorer.Score(cases, matcher));
        else report.Missing("nomenklatura/cases.csv");

        var unXml = File(data, "un", "2026-02-27", "UN_consolidated.xml");
        var untreated = File(data, NameSets, "yente", "positives_un_untreated.csv");
        if (unXml is not null && untreated is not null)
        {
            var un = SanctionsListLoader.Load([unXml], kb.CountryCode);
            var scorer = new ListRecallScorer(un, untreated);
            report.Recall(scorer.Score(untreated, Country), "clean");
            if (File(data, NameSets, "yente", "positives_un_treated.csv") is { } treated)
                report.Recall(scorer.Score(treated, Country), "typos");
        }
        else report.Missing("un/2026-02-27/UN_consolidated.xml or yente/positives_un_untreated.csv");

        var ofac = new[] { File(data, "ofac", "sdn_2024-05-03", "sdn.csv"), File(data, "ofac", "alt_add_2025-01-06", "alt.csv"), File(data, "ofac", "alt_add_2025-01-06", "add.csv") };
        if (unXml is not null && ofac.All(f => f is not null))
        {
            var screener = new Screener(SanctionsListLoader.Load([.. ofac!, unXml], kb.CountryCode));
            foreach (var set in new[] { "negatives_global.csv", "negatives_us.csv" })
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (File(data, NameSets, "yente", set) is { } path) report.FalsePositives(FalsePositiveScorer.Score(path, screener, Country));
                else report.Missing("yente/" + set);
            }
        }
        else report.Missing("the OFAC files (sdn_2024-05-03/sdn.csv, alt_add_2025-01-06/alt.csv, add.csv)");

        if (File(data, NameSets, "watchman", "cross_script_pairs.csv") is { } cross)
            report.CrossScript(CrossScriptScorer.Score(cross, matcher));
        else report.Missing("watchman/cross_script_pairs.csv");
        return 0;
    }

    private static string? File(string root, params string[] parts)
    {
        var path = Path.Combine([root, .. parts]);
        return System.IO.File.Exists(path) ? path : null;
    }
}
