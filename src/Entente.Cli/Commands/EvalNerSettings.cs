using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Settings of <c>entente eval ner</c>.</summary>
public sealed class EvalNerSettings : EntenteSettings
{
    /// <summary>The corpus file.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("A CoNLL-2003 file (eng.testb) or an IOB2 file (Universal NER)")]
    public string Corpus { get; init; } = "";

    /// <summary>Only the first N documents.</summary>
    [CommandOption("--limit <N>")]
    [Description("Score only the first N documents")]
    public int? Limit { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate() =>
        File.Exists(Corpus) ? ValidationResult.Success() : ValidationResult.Error($"E101 {Corpus}: no such file");
}
