namespace Entente.Storage.Query;

/// <summary>Where an article names an actor.</summary>
public sealed class ActorMentionRow
{
    public long ArticleId { get; init; }
    public long ActorId { get; init; }
    public string EntityId { get; init; } = "";
    public string Name { get; init; } = "";
    public string Type { get; init; } = "";
    public string? Country { get; init; }
    public string Text { get; init; } = "";
    public int StartOffset { get; init; }
    public int EndOffset { get; init; }
}
