namespace Entente.Evaluation;

/// <summary>Precision, recall and F1 over true positives, false positives and false negatives.</summary>
public readonly record struct Prf(int Tp, int Fp, int Fn)
{
    /// <summary>Precision.</summary>
    public double P => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    /// <summary>Recall.</summary>
    public double R => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    /// <summary>F1.</summary>
    public double F1 => P + R == 0 ? 0 : 2 * P * R / (P + R);

    /// <summary>Adds counts.</summary>
    public static Prf operator +(Prf a, Prf b) => new(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn);
}

/// <summary>The result of one suite: headline figures, per-category breakdown, and the cases that went wrong.</summary>
public sealed record SuiteScore(string Kind, int Cases, Prf Level1, Prf Level2, int Exact,
    IReadOnlyDictionary<string, (int Exact, int Total, Prf L1)> ByCategory, IReadOnlyList<SuiteError> Errors)
{
    /// <summary>The headline precision (PLOVER counts produced events that matched any gold event).</summary>
    public double P { get; init; } = Level1.P;

    /// <summary>The headline recall.</summary>
    public double R { get; init; } = Level1.R;

    /// <summary>The headline F1.</summary>
    public double F1 => P + R == 0 ? 0 : 2 * P * R / (P + R);
}

/// <summary>A case the coder got wrong: what was expected and what came out.</summary>
public sealed record SuiteError(string Id, string Category, string Text, IReadOnlyList<string> Missing, IReadOnlyList<string> Extra);
