namespace Entente.Events;

/// <summary>Where an event happened.</summary>
public sealed record EventPlace(string Name, string? Country, double? Lat, double? Lon, string How);
