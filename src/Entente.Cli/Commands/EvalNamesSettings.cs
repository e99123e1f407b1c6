using System.ComponentModel;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Settings of <c>entente eval names</c>.</summary>
public sealed class EvalNamesSettings : EntenteSettings
{
    /// <summary>The sanctions data folder.</summary>
    [CommandOption("--data <DIR>")]
    [Description("The sanctions test data (name_matching/, ofac/, un/); default: ../shared/data/sanctions next to the repository or the current folder")]
    public string? Data { get; init; }

    /// <summary>How many misses and false positives to list per set.</summary>
    [CommandOption("--errors <N>")]
    [Description("List up to N missed queries and false positives per set")]
    [DefaultValue(0)]
    public int Errors { get; init; }
}
