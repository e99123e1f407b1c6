using Entente.Documents;

namespace Entente.Events;

/// <summary>When an event happened, and how that was decided.</summary>
/// <param name="Start">First day (null when unknown).</param>
/// <param name="End">Last day of a range, or null.</param>
/// <param name="Precision">day, month, year or unknown.</param>
/// <param name="Basis">text (a date expression), publication (no expression: the article's date), or none.</param>
/// <param name="Text">The date expression, when there is one.</param>
/// <param name="Span">Its range in the text.</param>
public sealed record EventDate(DateOnly? Start, DateOnly? End, string Precision, string Basis, string? Text = null, TextSpan? Span = null)
{
    /// <summary>No date at all.</summary>
    public static EventDate Unknown { get; } = new(null, null, "unknown", "none");
}
