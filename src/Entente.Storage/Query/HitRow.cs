namespace Entente.Storage.Query;

/// <summary>A stored sanctions hit, with the list version it was screened against.</summary>
public sealed class HitRow
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
    public long ActorId { get; init; }
    public string EntityId { get; init; } = "";
    public string EntityName { get; init; } = "";
    public string List { get; init; } = "";
    public string ListVersion { get; init; } = "";
    public string EntryId { get; init; } = "";
    public string EntryName { get; init; } = "";
    public string Programs { get; init; } = "";
    public double Score { get; init; }
    public string Status { get; init; } = "";
    public string Reasons { get; init; } = "";
}
