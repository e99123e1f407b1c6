namespace Entente.Storage.Query;

/// <summary>A count under a key: a month, a quad class, a dyad.</summary>
public sealed class CountRow
{
    public string Key { get; init; } = "";
    public int QuadClass { get; init; }
    public long Count { get; init; }
    public double MeanGoldstein { get; init; }
}
