namespace Entente.Storage.Query;

/// <summary>A directed edge of the actor network: events from one actor to another.</summary>
public sealed class NetworkEdge
{
    public long SourceId { get; init; }
    public string SourceName { get; init; } = "";
    public string? SourceCountry { get; init; }
    public long TargetId { get; init; }
    public string TargetName { get; init; } = "";
    public string? TargetCountry { get; init; }
    public long Count { get; init; }
    public double MeanGoldstein { get; init; }
    /// <summary>The quad class most events on the edge have.</summary>
    public int QuadClass { get; init; }
    public bool Sanctioned { get; init; }
}
