namespace Entente.Actors;

/// <summary>What a dictionary entry says about the entity it names, worked out once per entry.</summary>
/// <param name="Type">PERSON, ORG, LOC, NORP, or null for agent nouns.</param>
/// <param name="Key">The entity key ("person:…", "country:VEN"), or null for agent nouns.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Country">ISO alpha-3.</param>
/// <param name="Sector">GOV, MIL, …</param>
public sealed record EntryDescription(string? Type, string? Key, string? Name, string? Country, string? Sector);
