using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class StatsSettings : EventFilterSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (default), json or csv")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("--dyads <N>")]
    [Description("How many dyads to list")]
    [DefaultValue(15)]
    public int Dyads { get; init; } = 15;

    public override ValidationResult Validate() =>
        Format is not ("table" or "json" or "csv") ? ValidationResult.Error($"--format '{Format}' is not one of table, json, csv")
        : Dyads is < 1 or > 1000 ? ValidationResult.Error("--dyads must be 1 to 1000")
        : base.Validate();
}
