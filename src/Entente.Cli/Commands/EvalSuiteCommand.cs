using System.Globalization;
using Entente.Documents;
using Entente.Evaluation;
using Entente.Ingest;
using Entente.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary><c>entente eval suite FILE</c>: codes a validation suite in-process and scores it the way
/// ../shared/tools/score_suite.py does, with a per-category breakdown and the wrong cases.</summary>
public sealed class EvalSuiteCommand(CliStreams streams) : Command<EvalSuiteSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, EvalSuiteSettings settings, CancellationToken cancellationToken)
    {
        var pipeline = PipelineFactory.Build(EntenteHome.Resolve(settings.Home), settings.Actors.Concat(settings.Agents), []);
        var cases = SuiteReader.Read(settings.Suite);
        var reader = new PlainTextReader(BoilerplateDetector.Default);
        var docs = cases.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(c => (c.Id, Doc: pipeline.Process(reader.Read(c.Id, settings.Suite, c.Text, c.Date, title: ""), cancellationToken)))
            .ToDictionary(x => x.Id, x => x.Doc);
        var score = SuiteReader.IsPlover(settings.Suite) ? SuiteScorer.ScorePlover(cases, docs) : SuiteScorer.ScorePetrarch(cases, docs);
        Render(streams.Console, score, settings);
        return 0;
    }

    private static void Render(IAnsiConsole console, SuiteScore score, EvalSuiteSettings settings)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns(score.Kind == "plover" ? "type" : "category", "right", "of");
        foreach (var (name, (exact, total, _)) in score.ByCategory.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(name.Length == 0 ? "-" : name), exact.ToString(CultureInfo.InvariantCulture), total.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(table);
        if (score.Kind == "petrarch")
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"L1 triples: P {score.Level1.P:F3} R {score.Level1.R:F3} F1 {score.Level1.F1:F3} (tp {score.Level1.Tp}, fp {score.Level1.Fp}, fn {score.Level1.Fn})"));
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"L2 triples: P {score.Level2.P:F3} R {score.Level2.R:F3} F1 {score.Level2.F1:F3}"));
        }
        foreach (var error in score.Errors.Take(settings.Errors))
        {
            console.MarkupLine($"[grey]{Markup.Escape(error.Id)}[/] {Markup.Escape(error.Text)}");
            console.MarkupLine($"  [red]missing[/] {Markup.Escape(string.Join(", ", error.Missing))}  [yellow]extra[/] {Markup.Escape(string.Join(", ", error.Extra))}");
        }
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{score.Kind}: {score.Cases} cases, exact {(double)score.Exact / Math.Max(1, score.Cases):F3}, P {score.P:F3} R {score.R:F3} F1 {score.F1:F3}"));
    }
}
