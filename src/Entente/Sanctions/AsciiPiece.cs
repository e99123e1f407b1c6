namespace Entente.Sanctions;

/// <summary>A piece of a name in ASCII, with the script family it came from.</summary>
/// <param name="Text">ASCII text, possibly still containing hyphens, dots and apostrophes.</param>
/// <param name="Abjad">From a script that omits short vowels.</param>
/// <param name="Cjk">From Han or Hangul.</param>
internal readonly record struct AsciiPiece(string Text, bool Abjad, bool Cjk);
