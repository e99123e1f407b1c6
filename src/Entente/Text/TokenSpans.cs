using System.Runtime.InteropServices;

namespace Entente.Text;

/// <summary>Reads a token list as a span: the hot loops (dictionary look-up, sentence splitting) then index an array
/// and read tokens in place instead of copying each one out through the list interface.</summary>
public static class TokenSpans
{
    /// <summary>The tokens as a span: the list's or array's own storage, or (for another kind of list) a copy.</summary>
    public static ReadOnlySpan<Token> AsSpan(this IReadOnlyList<Token> tokens) => tokens switch
    {
        List<Token> list => CollectionsMarshal.AsSpan(list),
        Token[] array => array,
        _ => tokens.ToArray(),
    };
}
