using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class EventsSettings : EventFilterSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (default), json or csv")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("-n|--limit <N>")]
    [Description("Events to show")]
    [DefaultValue(50)]
    public int Limit { get; init; } = 50;

    [CommandOption("--offset <N>")]
    [Description("Events to skip (paging)")]
    public int Offset { get; init; }

    [CommandOption("--sort <ORDER>")]
    [Description("date (newest first, default), oldest, mentions or goldstein (most conflictual first)")]
    [DefaultValue("date")]
    public string Sort { get; init; } = "date";

    public override ValidationResult Validate()
    {
        if (Format is not ("table" or "json" or "csv"))
        {
            return ValidationResult.Error($"--format '{Format}' is not one of table, json, csv");
        }
        if (Sort is not ("date" or "oldest" or "mentions" or "goldstein"))
        {
            return ValidationResult.Error($"--sort '{Sort}' is not one of date, oldest, mentions, goldstein");
        }
        if (Limit is < 1 or > 10_000 || Offset < 0)
        {
            return ValidationResult.Error("--limit must be 1 to 10000 and --offset not negative");
        }
        return base.Validate();
    }
}
