namespace Entente.Events;

/// <summary>A pattern found in a sentence: the trigger's token range and where its actor slots start.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="TriggerStart">First token of the trigger.</param>
/// <param name="TriggerEnd">One past the last literal token of the trigger.</param>
/// <param name="TargetAt">Token where the target slot starts, or -1.</param>
/// <param name="SourceAt">Token where the source slot starts, or -1.</param>
/// <param name="InnerSourceAt">Token of the inner source slot, or -1.</param>
public sealed record PatternHit(EventPattern Pattern, int TriggerStart, int TriggerEnd, int TargetAt, int SourceAt, int InnerSourceAt)
{
    /// <summary>True when the pattern writes the trigger's first word exactly as the text has it ("left", not "leave").</summary>
    public bool Exact { get; init; }
}
