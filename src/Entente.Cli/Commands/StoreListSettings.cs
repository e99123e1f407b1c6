using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Options of the store's list commands (actors, articles).</summary>
public class StoreListSettings : StoreSettings
{
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

public sealed class ArticlesSettings : StoreListSettings
{
    [CommandArgument(0, "[SEARCH]")]
    [Description("Part of a title or outlet, or an article id")]
    public string? Search { get; init; }
}

public sealed class StoreActorsSettings : StoreListSettings
{
    // An option, not an argument: "actors show NAME" is a sub-command of the same branch.
    [CommandOption("-s|--search <TEXT>")]
    [Description("Part of a name, or an actor code")]
    public string? Search { get; init; }

    [CommandOption("--country <ISO3>")]
    [Description("Only actors of this country")]
    public string? Country { get; init; }
}
