using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Settings of <c>entente match</c>.</summary>
public sealed class MatchSettings : EntenteSettings
{
    /// <summary>The CSV of pairs.</summary>
    [CommandOption("--pairs <FILE>")]
    [Description("CSV with a header naming columns name1 and name2 (others ignored)")]
    public string? Pairs { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate() =>
        Pairs is null ? ValidationResult.Error("give the pairs with --pairs FILE.csv")
        : !File.Exists(Pairs) ? ValidationResult.Error($"E101 {Pairs}: no such file")
        : ValidationResult.Success();
}
