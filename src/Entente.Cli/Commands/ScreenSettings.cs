using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Settings of <c>entente screen</c>.</summary>
public sealed class ScreenSettings : EntenteSettings
{
    /// <summary>The name to screen.</summary>
    [CommandArgument(0, "<NAME>")]
    [Description("The name to screen, in any script or order (\"Diosdado Cabello\", \"최룡해\")")]
    public string Name { get; init; } = "";

    /// <summary>List files or folders.</summary>
    [CommandOption("--lists <PATH>")]
    [Description("Sanctions lists (OFAC CSV files, UN XML, or folders); default: the lists imported with `lists import`")]
    public string[] Lists { get; init; } = [];

    /// <summary>Nationality evidence.</summary>
    [CommandOption("--country <ISO3>")]
    [Description("What you know of the party's country (ISO alpha-3)")]
    public string? Country { get; init; }

    /// <summary>Birth-year evidence.</summary>
    [CommandOption("--born <YYYY>")]
    [Description("What you know of the person's birth year")]
    public int? Born { get; init; }

    /// <summary>Kind of party.</summary>
    [CommandOption("--kind <KIND>")]
    [Description("person, org or unknown (default)")]
    [DefaultValue("unknown")]
    public string Kind { get; init; } = "unknown";

    /// <summary>Output format.</summary>
    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (default) or json")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <summary>How many hits at most.</summary>
    [CommandOption("--max <N>")]
    [DefaultValue(5)]
    public int Max { get; init; } = 5;

    /// <inheritdoc/>
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("give a name to screen")
        : Format is not ("json" or "table") ? ValidationResult.Error($"--format '{Format}' is not json or table")
        : Kind is not ("person" or "org" or "unknown") ? ValidationResult.Error($"--kind '{Kind}' is not person, org or unknown")
        : Country is { Length: not 3 } ? ValidationResult.Error($"--country '{Country}' is not an ISO alpha-3 code")
        : ValidationResult.Success();
}
