namespace Entente.Storage.Query;

/// <summary>An actor across the store, with how many events and articles involve it.</summary>
public sealed class ActorRow
{
    public long Id { get; init; }
    public string ActorKey { get; init; } = "";
    public string Name { get; init; } = "";
    public string Type { get; init; } = "";
    public string? Country { get; init; }
    public string? Sector { get; init; }
    public string? Code { get; init; }
    public int Events { get; init; }
    public int Articles { get; init; }
    public bool Sanctioned { get; init; }
}
