using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Settings of <c>entente actors show</c>.</summary>
public sealed class ActorsShowSettings : EntenteSettings
{
    /// <summary>The name to look up.</summary>
    [CommandArgument(0, "<NAME>")]
    [Description("A name, alias, adjective, capital or agent noun (\"Maduro\", \"the Kremlin\", \"DPRK\", \"foreign minister\")")]
    public string Name { get; init; } = "";

    /// <summary>The date for offices.</summary>
    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("Resolve offices on this date (default: today)")]
    public string? Date { get; init; }

    /// <summary>Extra knowledge files.</summary>
    [CommandOption("--actors <FILE>")]
    [Description("Extra actor knowledge (Entente TSV)")]
    public string[] Actors { get; init; } = [];

    /// <summary>The date to use.</summary>
    public DateOnly On => Date is null ? DateOnly.FromDateTime(DateTime.UtcNow) : DateOnly.ParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("give a name to look up")
        : Date is not null && !DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ValidationResult.Error($"--date '{Date}' is not YYYY-MM-DD") : ValidationResult.Success();
}
