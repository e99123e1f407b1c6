namespace Entente.Sanctions;

/// <summary>How two tokens were found to correspond.</summary>
internal enum TokenMatchKind { None, Exact, Variant, Transliteration, Typo, Initial, Acronym }
