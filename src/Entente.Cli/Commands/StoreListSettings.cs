using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Options of the store's list commands (actors, articles).</summary>
public class StoreListSettings : StoreSettings
{
    [CommandArgument(0, "[SEARCH]")]
    [Description("Part of a name, title or outlet, or a code")]
    public string? Search { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (default), json or csv")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("-n|--limit <N>")]
    [Description("Rows to show")]
    [DefaultValue(50)]
    public int Limit { get; init; } = 50;

    [CommandOption("--offset <N>")]
    [Description("Rows to skip (paging)")]
    public int Offset { get; init; }

    public override ValidationResult Validate()
    {
        if (Format is not ("table" or "json" or "csv"))
        {
            return ValidationResult.Error($"--format '{Format}' is not one of table, json, csv");
        }
        if (Limit is < 1 or > 10_000 || Offset < 0)
        {
            return ValidationResult.Error("--limit must be 1 to 10000 and --offset not negative");
        }
        return ValidationResult.Success();
    }
}

public sealed class StoreActorsSettings : StoreListSettings
{
    [CommandOption("--country <ISO3>")]
    [Description("Only actors of this country")]
    public string? Country { get; init; }
}
