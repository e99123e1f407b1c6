using System.Globalization;
using Entente.Evaluation.Names;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>Prints <c>eval names</c> results: a table per set, then one headline line per set.</summary>
internal sealed class EvalNamesReport(IAnsiConsole console, int errors)
{
    private static string F(double x) => x.ToString("F3", CultureInfo.InvariantCulture);

    private static string N(int x) => x.ToString(CultureInfo.InvariantCulture);

    // Headlines go out unwrapped, one line each, whatever the console width.
    private void Headline(string line) => console.Profile.Out.Writer.WriteLine(line);

    /// <summary>A set's files were not found.</summary>
    public void Missing(string what) => console.MarkupLine(Markup.Escape($"skipped: {what} not found"));

    /// <summary>Pair set: P/R/F1 by category, then overall.</summary>
    public void Pairs(PairSetScore score)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("nomenklatura cases.csv").AddColumns("category", "pairs", "tp", "fp", "fn", "tn", "P", "R", "F1");
        foreach (var (name, c) in score.ByCategory.Append(new("all", score.All)))
            table.AddRow(Markup.Escape(name), N(c.Total), N(c.Tp), N(c.Fp), N(c.Fn), N(c.Tn), F(c.P), F(c.R), F(c.F1));
        console.Write(table);
        var a = score.All;
        Headline($"names nomenklatura: {N(a.Total)} pairs, P {F(a.P)} R {F(a.R)} F1 {F(a.F1)} (tp {N(a.Tp)}, fp {N(a.Fp)}, fn {N(a.Fn)}, tn {N(a.Tn)})");
    }

    /// <summary>UN positives: found as match, as possible, missed.</summary>
    public void Recall(RecallScore score, string label)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"yente {score.Set} vs UN ({label})")).AddColumns("rows", "entry identified", "match", "possible only", "missed", "recall", "recall as match");
        int missed = score.Resolved - score.Match - score.Possible;
        table.AddRow(N(score.Rows), N(score.Resolved), N(score.Match), N(score.Possible), N(missed), F(score.Recall), F(score.MatchRecall));
        console.Write(table);
        foreach (var miss in score.Misses.Take(errors)) console.MarkupLine($"  [red]missed[/] {Markup.Escape(miss)}");
        Headline($"names yente {label}: recall {F(score.Recall)} (match {F(score.MatchRecall)}, possible only {F(score.Recall - score.MatchRecall)}) on {N(score.Resolved)} of {N(score.Rows)} rows whose UN entry was identified");
    }

    /// <summary>Negatives: rows with a match hit and with any hit.</summary>
    public void FalsePositives(FalsePositiveScore score)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"yente {score.Set} vs OFAC + UN")).AddColumns("rows", "with a match hit", "FP rate (match)", "with any hit", "FP rate (any hit)");
        table.AddRow(N(score.Rows), N(score.WithMatch), F(score.MatchRate), N(score.WithAnyHit), F(score.AnyHitRate));
        console.Write(table);
        foreach (var example in score.Examples.Take(errors)) console.MarkupLine($"  [yellow]false match[/] {Markup.Escape(example)}");
        Headline($"names {Path.GetFileNameWithoutExtension(score.Set)}: FP rate {F(score.MatchRate)} counting match hits, {F(score.AnyHitRate)} counting any hit ({N(score.Rows)} people)");
    }

    /// <summary>Cross-script pairs, one row each.</summary>
    public void CrossScript(CrossScriptScore score)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("watchman cross_script_pairs.csv").AddColumns("query", "expected", "min", "score", "match");
        foreach (var (query, expected, min, s, match) in score.Rows)
            table.AddRow(Markup.Escape(query), Markup.Escape(expected), F(min), F(s), match ? "[green]yes[/]" : "[red]no[/]");
        console.Write(table);
        Headline($"names cross-script: {N(score.Matched)} of {N(score.Pairs)} pairs match, {N(score.AtMinScore)} reach their minimum score");
    }
}
