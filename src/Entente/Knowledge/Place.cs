namespace Entente.Knowledge;

/// <summary>A city, capital or region with coordinates (cities.tsv).</summary>
public sealed record Place(string Name, IReadOnlyList<string> Aliases, string Country, double? Lat, double? Lon, string Kind, string Origin);
