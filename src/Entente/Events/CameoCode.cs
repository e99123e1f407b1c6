namespace Entente.Events;

/// <summary>One CAMEO event code with its Goldstein weight, quad class and PLOVER mapping (cameo.tsv).</summary>
public sealed record CameoCode(string Code, string Name, double Goldstein, int Quad, string? Plover, string? PloverMode)
{
    /// <summary>True for a code a user's dictionary brought (not in cameo.tsv): Entente's CAMEO rules (intent codes) do not apply to it.</summary>
    public bool UserDefined { get; init; }

    /// <summary>The two-digit root ("04" for "042").</summary>
    public string Root => Code[..2];
}
