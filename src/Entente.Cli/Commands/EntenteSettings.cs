using System.ComponentModel;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Options every command takes.</summary>
public class EntenteSettings : CommandSettings
{
    /// <summary>Where Entente keeps its files.</summary>
    [CommandOption("--home <DIR>")]
    [Description("Folder for everything Entente writes (default: $ENTENTE_HOME or the user's data folder)")]
    public string? Home { get; init; }
}
