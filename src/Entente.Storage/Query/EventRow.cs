namespace Entente.Storage.Query;

/// <summary>One de-duplicated event as stored: its best report and how often it was reported.</summary>
public sealed class EventRow
{
    public long Id { get; init; }
    public string? Date { get; init; }
    public string? DateEnd { get; init; }
    public string DatePrecision { get; init; } = "";
    public string Cameo { get; init; } = "";
    public string Root { get; init; } = "";
    public string CameoName { get; init; } = "";
    public int QuadClass { get; init; }
    public double Goldstein { get; init; }
    public string? Plover { get; init; }
    public string? PloverMode { get; init; }
    public string Contexts { get; init; } = "";
    public long? SourceActorId { get; init; }
    public string? SourceCode { get; init; }
    public string? SourceCountry { get; init; }
    public string? SourceName { get; init; }
    public long? TargetActorId { get; init; }
    public string? TargetCode { get; init; }
    public string? TargetCountry { get; init; }
    public string? TargetName { get; init; }
    public string? PlaceName { get; init; }
    public string? PlaceCountry { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public string Modality { get; init; } = "";
    public bool Negated { get; init; }
    public double Confidence { get; init; }
    public bool Sanctioned { get; init; }
    public int NumMentions { get; init; }
    public int NumSources { get; init; }
    public int NumArticles { get; init; }
    public long FirstArticleId { get; init; }
    public string Added { get; init; } = "";

    /// <summary>The first report's sentence (filled by queries that ask for it).</summary>
    public string? Sentence { get; init; }

    /// <summary>The first report's source URL or path.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>The first report's sentence number (0 = the lead).</summary>
    public int? FirstSentenceIndex { get; init; }
}
