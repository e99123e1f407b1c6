namespace Entente.Evaluation.Names;

/// <summary>Confusion counts of a yes/no decision against labels, with precision, recall and F1.</summary>
public sealed class PairCounts
{
    /// <summary>True positives.</summary>
    public int Tp { get; private set; }

    /// <summary>False positives.</summary>
    public int Fp { get; private set; }

    /// <summary>False negatives.</summary>
    public int Fn { get; private set; }

    /// <summary>True negatives.</summary>
    public int Tn { get; private set; }

    /// <summary>All counted cases.</summary>
    public int Total => Tp + Fp + Fn + Tn;

    /// <summary>Precision (0 when nothing was predicted).</summary>
    public double P => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    /// <summary>Recall (0 when nothing was expected).</summary>
    public double R => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => P + R == 0 ? 0 : 2 * P * R / (P + R);

    /// <summary>Accuracy.</summary>
    public double Accuracy => Total == 0 ? 0 : (double)(Tp + Tn) / Total;

    /// <summary>Counts one case.</summary>
    public void Add(bool expected, bool predicted)
    {
        if (expected && predicted) Tp++;
        else if (predicted) Fp++;
        else if (expected) Fn++;
        else Tn++;
    }
}
