using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class CodeSettings : ReadingSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("json (default), jsonl (one event a line) or table")]
    [DefaultValue("json")]
    public string Format { get; init; } = "json";

    [CommandOption("--patterns <FILE>")]
    [Description("Extra event patterns (format of patterns.tsv), or a PETRARCH verb dictionary that replaces the built-in patterns")]
    public string[] Patterns { get; init; } = [];

    [CommandOption("--explain")]
    [Description("Show the pattern, rule or knowledge row behind every event and actor")]
    public bool Explain { get; init; }

    public override ValidationResult Validate() =>
        Format is not ("json" or "jsonl" or "table")
            ? ValidationResult.Error($"--format '{Format}' is not one of json, jsonl, table")
            : base.Validate();
}
