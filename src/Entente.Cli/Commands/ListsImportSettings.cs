using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Settings of <c>entente lists import</c>.</summary>
public sealed class ListsImportSettings : EntenteSettings
{
    /// <summary>List files or folders.</summary>
    [CommandArgument(0, "<PATHS>")]
    [Description("OFAC legacy CSV files (sdn.csv, alt.csv, add.csv, sdn_comments.csv), UN consolidated XML, or folders of them")]
    public string[] Paths { get; init; } = [];

    /// <inheritdoc/>
    public override ValidationResult Validate() =>
        Paths.Length == 0 ? ValidationResult.Error("give the list files or folders to import") : ValidationResult.Success();
}
