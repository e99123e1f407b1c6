using System.ComponentModel;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Options of every command that reads or writes the store.</summary>
public class StoreSettings : EntenteSettings
{
    [CommandOption("--db <ADDRESS>")]
    [Description("The store: a SQLite file, sqlite:PATH or postgres://user:pass@host:port/db (default: $ENTENTE_DB, else ENTENTE_HOME/entente.db)")]
    public string? Db { get; init; }
}
