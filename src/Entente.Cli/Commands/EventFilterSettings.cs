using System.ComponentModel;
using System.Globalization;
using Entente.Storage.Query;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>The event filters shared by events, stats and export.</summary>
public class EventFilterSettings : StoreSettings
{
    [CommandOption("--actor <NAME|CODE>")]
    [Description("An actor on either side: part of a name (Cabello) or an actor code (VENGOV)")]
    public string? Actor { get; init; }

    [CommandOption("--country <ISO3>")]
    [Description("A country on either side (ISO alpha-3, or an IGO code)")]
    public string? Country { get; init; }

    [CommandOption("--source <ISO3>")]
    [Description("Source country")]
    public string? Source { get; init; }

    [CommandOption("--target <ISO3>")]
    [Description("Target country")]
    public string? Target { get; init; }

    [CommandOption("--pair <A-B>")]
    [Description("Two countries in either direction, e.g. VEN-PRK")]
    public string? Pair { get; init; }

    [CommandOption("--cameo <CODE>")]
    [Description("CAMEO root (04) or code (042, includes its sub-codes)")]
    public string? Cameo { get; init; }

    [CommandOption("--plover <TYPE>")]
    [Description("PLOVER event type (CONSULT, AGREE, ...)")]
    public string? Plover { get; init; }

    [CommandOption("--quad <1-4>")]
    [Description("Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")]
    public int? Quad { get; init; }

    [CommandOption("--from <YYYY-MM-DD>")]
    [Description("Events on or after this day")]
    public string? From { get; init; }

    [CommandOption("--to <YYYY-MM-DD>")]
    [Description("Events on or before this day")]
    public string? To { get; init; }

    [CommandOption("--sanctioned")]
    [Description("Only events with a confirmed sanctioned party")]
    public bool Sanctioned { get; init; }

    [CommandOption("--text <WORDS>")]
    [Description("Words the reporting sentence contains")]
    public string? Text { get; init; }

    [CommandOption("--all")]
    [Description("Also negated, intended and hypothetical events (default: only claims that something happened)")]
    public bool All { get; init; }

    public EventQuery ToQuery(int limit = 100, int offset = 0, EventSort sort = EventSort.DateDescending) => new()
    {
        Actor = Actor,
        Country = Country,
        SourceCountry = Source,
        TargetCountry = Target,
        Pair = Pair is null ? null : (Pair.Split('-')[0], Pair.Split('-')[1]),
        Cameo = Cameo,
        Plover = Plover,
        Quad = Quad,
        From = Day(From),
        To = Day(To),
        SanctionedOnly = Sanctioned,
        Text = Text,
        IncludeUnclaimed = All,
        Limit = limit,
        Offset = offset,
        Sort = sort,
    };

    public override ValidationResult Validate()
    {
        foreach (var (name, value) in new[] { ("--from", From), ("--to", To) })
        {
            if (value is not null && Day(value) is null)
            {
                return ValidationResult.Error($"{name} '{value}' is not YYYY-MM-DD");
            }
        }
        if (Pair is not null && Pair.Split('-') is not [{ Length: > 0 }, { Length: > 0 }])
        {
            return ValidationResult.Error($"--pair '{Pair}' is not two codes joined by a dash, e.g. VEN-PRK");
        }
        if (Quad is < 1 or > 4)
        {
            return ValidationResult.Error($"--quad {Quad} is not 1, 2, 3 or 4");
        }
        if (Cameo is not null && (Cameo.Length is < 2 or > 4 || !Cameo.All(char.IsAsciiDigit)))
        {
            return ValidationResult.Error($"--cameo '{Cameo}' is not a CAMEO code (2 to 4 digits)");
        }
        return ValidationResult.Success();
    }

    private static DateOnly? Day(string? s) =>
        s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
