namespace Entente.Storage.Query;

/// <summary>An ingested article; <see cref="Text"/> is filled only when one article is asked for.</summary>
public sealed class ArticleRow
{
    public long Id { get; init; }
    public string ExternalId { get; init; } = "";
    public string Source { get; init; } = "";
    public string Outlet { get; init; } = "";
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
    public string Format { get; init; } = "";
    public string IngestedAt { get; init; } = "";
    public int EventCount { get; init; }
    public string ContentHash { get; init; } = "";
    public string? Text { get; init; }
}
