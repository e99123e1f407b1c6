namespace Entente.Sanctions;

/// <summary>One name (primary or alias) of a list entry, normalised once at index time.</summary>
/// <param name="Entry">Index of the entry in the screener's entry table.</param>
/// <param name="Text">The name as listed.</param>
/// <param name="Name">The normalised name.</param>
/// <param name="Primary">True for the entry's primary name.</param>
/// <param name="Weak">True for an alias the list marks as low quality.</param>
/// <param name="Weights">Token weights (from the screener's token frequencies).</param>
/// <param name="TokenIds">Number of each token among the screener's shared tokens (one number per distinct token).</param>
internal sealed record IndexedName(int Entry, string Text, NormalizedName Name, bool Primary, bool Weak, double[] Weights, int[] TokenIds);
