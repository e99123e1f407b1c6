using System.ComponentModel;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Where the store is: <c>--db</c>, else ENTENTE_DB, else the SQLite file under <c>--home</c>.</summary>
public interface IStoreAddress
{
    string? Db { get; }

    string? Home { get; }
}

/// <summary>Options of every command that reads or writes the store.</summary>
public class StoreSettings : EntenteSettings, IStoreAddress
{
    internal const string DbDescription =
        "The store: a SQLite file, sqlite:PATH or postgres://user:pass@host:port/db (default: $ENTENTE_DB, else ENTENTE_HOME/entente.db)";

    [CommandOption("--db <ADDRESS>")]
    [Description(DbDescription)]
    public string? Db { get; init; }
}
