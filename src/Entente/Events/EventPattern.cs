namespace Entente.Events;

/// <summary>A compiled verb or noun pattern from <c>patterns.tsv</c>: "lead delegation to +" → 042.</summary>
/// <param name="Code">CAMEO code the pattern codes.</param>
/// <param name="Text">The pattern as written.</param>
/// <param name="Elements">Compiled elements.</param>
/// <param name="Flags">noun, reciprocal, subject-target, local, fallback: read once, at construction (the matcher asks for
/// them on every candidate word).</param>
/// <param name="Origin">file:line.</param>
public sealed record EventPattern(string Code, string Text, PatternElement[] Elements, IReadOnlySet<string> Flags, string Origin)
{
    /// <summary>A noun-phrase pattern ("talks with +"): no verb inflection, no tense.</summary>
    public bool IsNoun { get; } = Flags.Contains("noun");

    /// <summary>A compound subject acts on itself ("Russia and China held talks").</summary>
    public bool Reciprocal { get; } = Flags.Contains("reciprocal");

    /// <summary>The grammatical subject is the target ("X is under U.S. sanctions").</summary>
    public bool SubjectIsTarget { get; } = Flags.Contains("subject-target");

    /// <summary>A domestic act that names no target ("imposed a curfew", "protesters rallied"): the target is the
    /// country where it happens ("in Cizre"), else the source's own country (flag <c>local</c>).</summary>
    public bool Local { get; } = Flags.Contains("local");

    /// <summary>A catch-all ("agreed to * +", "threatened to * +") that codes only when no other pattern fires on the
    /// words between its verb and its target (flag <c>fallback</c>).</summary>
    public bool Fallback { get; } = Flags.Contains("fallback");

    /// <summary>For replies without a named target ("denied that ..."): the CAMEO roots of the earlier event
    /// being answered; its source becomes the target (flag <c>answers=11,18</c>).</summary>
    public IReadOnlyList<string> Answers { get; } =
        Flags.FirstOrDefault(f => f.StartsWith("answers=", StringComparison.Ordinal)) is { } a ? a[8..].Split(';', '/') : [];

    /// <summary>The code of what the target does back to the source (flag <c>reverse=043</c>: "arrived in X" is also X hosting).</summary>
    public string? ReverseCode { get; } = Flags.FirstOrDefault(f => f.StartsWith("reverse=", StringComparison.Ordinal)) is { } r ? r[8..] : null;

    /// <summary>Number of literal elements: the more, the more specific.</summary>
    public int Specificity => Elements.Count(e => e.Kind == ElementKind.Literal);
}
