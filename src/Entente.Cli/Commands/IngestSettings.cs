using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class IngestSettings : ReadingSettings, IStoreAddress
{
    [CommandOption("--db <ADDRESS>")]
    [Description(StoreSettings.DbDescription)]
    public string? Db { get; init; }

    [CommandOption("--top <N>")]
    [Description("Events to show after the summary (most reported first)")]
    [DefaultValue(10)]
    public int Top { get; init; } = 10;

    public override ValidationResult Validate() =>
        Top < 0 ? ValidationResult.Error("--top must not be negative") : base.Validate();
}
