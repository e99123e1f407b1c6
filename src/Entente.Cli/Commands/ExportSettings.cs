using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class ExportSettings : EventFilterSettings
{
    [CommandArgument(0, "<FORMAT>")]
    [Description("gdelt (GDELT 2.0 events, 61 columns), mentions (GDELT 2.0 mentions), plover (JSON lines), csv, graphml (actor network)")]
    public string Format { get; init; } = "";

    [CommandOption("-o|--out <FILE>")]
    [Description("Write to this file instead of stdout")]
    public string? Out { get; init; }

    public override ValidationResult Validate() =>
        Format is not ("gdelt" or "mentions" or "plover" or "csv" or "graphml")
            ? ValidationResult.Error($"export format '{Format}' is not one of gdelt, mentions, plover, csv, graphml")
            : base.Validate();
}
