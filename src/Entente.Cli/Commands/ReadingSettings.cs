using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>What every command that reads and codes articles takes: the inputs, their fallback date, extra knowledge,
/// sanctions lists, and how much to read and in parallel (code, ingest).</summary>
public abstract class ReadingSettings : EntenteSettings
{
    [CommandArgument(0, "<PATHS>")]
    [Description("Articles: plain text, HTML, JSONL batches, saved RSS/Atom feeds, folders of them, or - for stdin")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("Publication date to assume when an article has none")]
    public string? Date { get; init; }

    [CommandOption("--lists <PATH>")]
    [Description("Sanctions lists to screen actors against: OFAC CSV files, UN XML, or folders (default: the lists imported with 'lists import')")]
    public string[] Lists { get; init; } = [];

    [CommandOption("--actors <FILE>")]
    [Description("Extra actor knowledge (Entente TSV or PETRARCH format)")]
    public string[] Actors { get; init; } = [];

    [CommandOption("--agents <FILE>")]
    [Description("Extra agent nouns and titles (Entente TSV or PETRARCH format)")]
    public string[] Agents { get; init; } = [];

    [CommandOption("--max-size <MB>")]
    [Description("Largest input file or JSONL record accepted, in MB")]
    [DefaultValue(10)]
    public int MaxSizeMb { get; init; } = 10;

    [CommandOption("-j|--jobs <N>")]
    [Description("Articles coded in parallel (default: number of cores)")]
    public int? Jobs { get; init; }

    public DateOnly? ParsedDate =>
        Date is null ? null : DateOnly.ParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

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
        if (MaxSizeMb <= 0 || Jobs is <= 0)
        {
            return ValidationResult.Error("--max-size and --jobs must be positive");
        }
        return ValidationResult.Success();
    }
}
