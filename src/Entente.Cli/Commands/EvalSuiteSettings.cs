using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Settings of <c>entente eval suite</c>.</summary>
public sealed class EvalSuiteSettings : EntenteSettings
{
    /// <summary>The suite file.</summary>
    [CommandArgument(0, "<SUITE>")]
    [Description("A PETRARCH validation XML suite or the PLOVER gold standard (PLOVER_GSR_CAMEO.txt)")]
    public string Suite { get; init; } = "";

    /// <summary>Extra knowledge files.</summary>
    [CommandOption("--actors <FILE>")]
    [Description("Extra actor knowledge (Entente TSV)")]
    public string[] Actors { get; init; } = [];

    /// <summary>Extra agent files.</summary>
    [CommandOption("--agents <FILE>")]
    [Description("Extra agent nouns (Entente TSV)")]
    public string[] Agents { get; init; } = [];

    /// <summary>How many wrong cases to list.</summary>
    [CommandOption("--errors <N>")]
    [Description("List this many wrongly coded sentences with what was missing and extra")]
    [DefaultValue(0)]
    public int Errors { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate() =>
        File.Exists(Suite) ? ValidationResult.Success() : ValidationResult.Error($"E101 {Suite}: no such suite file");
}
