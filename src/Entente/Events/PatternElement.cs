using System.Collections.Frozen;

namespace Entente.Events;

/// <summary>What one element of an event pattern matches.</summary>
public enum ElementKind : byte
{
    /// <summary>One token from a set of word forms.</summary>
    Literal,
    /// <summary><c>*</c>: up to <see cref="PatternElement.MaxGap"/> tokens, not across a clause boundary.</summary>
    Gap,
    /// <summary><c>+</c>: the target actor starts here.</summary>
    Target,
    /// <summary><c>$</c>: the source actor starts here.</summary>
    Source,
    /// <summary><c>@</c>: an actor inside the phrase that is the source ("under U.S. sanctions").</summary>
    InnerSource,
}

/// <summary>One element of a compiled pattern.</summary>
public sealed record PatternElement(ElementKind Kind, FrozenSet<string>? Words = null, int Reach = PatternElement.MaxGap)
{
    /// <summary>Longest explicit gap.</summary>
    public const int MaxGap = 6;

    /// <summary>Longest long gap (<c>**</c>): a whole object phrase, "welcomed a resumption of formal diplomatic ties with +".</summary>
    public const int MaxLongGap = 12;
}
