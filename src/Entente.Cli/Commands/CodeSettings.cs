using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Settings of <c>entente code</c>.</summary>
public sealed class CodeSettings : EntenteSettings
{
    /// <summary>Files, folders, or - for stdin.</summary>
    [CommandArgument(0, "<PATHS>")]
    [Description("Articles: plain text, HTML, JSONL batches, folders of them, or - for stdin")]
    public string[] Paths { get; init; } = [];

    /// <summary>Publication date for articles that carry none.</summary>
    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("Publication date to assume when an article has none")]
    public string? Date { get; init; }

    /// <summary>Output format.</summary>
    [CommandOption("-f|--format <FORMAT>")]
    [Description("json (default), jsonl (one event a line) or table")]
    [DefaultValue("json")]
    public string Format { get; init; } = "json";

    /// <summary>Sanctions list files or folders.</summary>
    [CommandOption("--lists <PATH>")]
    [Description("Sanctions lists to screen actors against (OFAC CSV files, UN XML, or folders)")]
    public string[] Lists { get; init; } = [];

    /// <summary>User actor dictionaries.</summary>
    [CommandOption("--actors <FILE>")]
    [Description("Extra actor knowledge (Entente TSV: countries, organisations, people, offices)")]
    public string[] Actors { get; init; } = [];

    /// <summary>User agent dictionaries.</summary>
    [CommandOption("--agents <FILE>")]
    [Description("Extra agent nouns and titles (Entente TSV)")]
    public string[] Agents { get; init; } = [];

    /// <summary>User pattern files.</summary>
    [CommandOption("--patterns <FILE>")]
    [Description("Extra event patterns (format of patterns.tsv), or a PETRARCH verb dictionary that replaces the built-in patterns")]
    public string[] Patterns { get; init; } = [];

    /// <summary>Show how each fact was found.</summary>
    [CommandOption("--explain")]
    [Description("Show the pattern, rule or knowledge row behind every event and actor")]
    public bool Explain { get; init; }

    /// <summary>Largest article in MB.</summary>
    [CommandOption("--max-size <MB>")]
    [Description("Largest input file accepted, in MB")]
    [DefaultValue(10)]
    public int MaxSizeMb { get; init; } = 10;

    /// <summary>Parallelism.</summary>
    [CommandOption("-j|--jobs <N>")]
    [Description("Articles coded in parallel (default: number of cores)")]
    public int? Jobs { get; init; }

    /// <summary>The parsed publication date.</summary>
    public DateOnly? ParsedDate =>
        Date is null ? null : DateOnly.ParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (Paths.Length == 0)
        {
            return ValidationResult.Error("give at least one article path (or - for stdin)");
        }
        if (Date is not null && !DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ValidationResult.Error($"--date '{Date}' is not YYYY-MM-DD");
        }
        if (Format is not ("json" or "jsonl" or "table"))
        {
            return ValidationResult.Error($"--format '{Format}' is not one of json, jsonl, table");
        }
        if (MaxSizeMb <= 0 || Jobs is <= 0)
        {
            return ValidationResult.Error("--max-size and --jobs must be positive");
        }
        return ValidationResult.Success();
    }
}
