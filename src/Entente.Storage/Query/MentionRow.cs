namespace Entente.Storage.Query;

/// <summary>One report of an event: the article, the sentence, the trigger — the evidence.</summary>
public sealed class MentionRow
{
    public long Id { get; init; }
    public long EventId { get; init; }
    public long ArticleId { get; init; }
    public string Outlet { get; init; } = "";
    public string? ArticleTitle { get; init; }
    public string? ArticleUrl { get; init; }
    public string ArticleSource { get; init; } = "";
    public string? Published { get; init; }
    public string LocalEventId { get; init; } = "";
    public int SentenceIndex { get; init; }
    public int SentenceStart { get; init; }
    public int SentenceEnd { get; init; }
    public string Sentence { get; init; } = "";
    public string TriggerText { get; init; } = "";
    public int TriggerStart { get; init; }
    public int TriggerEnd { get; init; }
    public string? SourceText { get; init; }
    public int? SourceStart { get; init; }
    public string? TargetText { get; init; }
    public int? TargetStart { get; init; }
    public string Pattern { get; init; } = "";
    public string DateBasis { get; init; } = "";
    public double Confidence { get; init; }
    public int ArticleLength { get; init; }
}
