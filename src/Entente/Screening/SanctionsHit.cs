using Entente.Sanctions;

namespace Entente.Screening;

/// <summary>A sanctions-list entry matched to one entity of an article, with score, status and reasons.</summary>
/// <param name="EntityId">The article-local entity id ("e1").</param>
/// <param name="EntityName">The entity's name.</param>
/// <param name="Hit">The screener's verdict.</param>
public sealed record SanctionsHit(string EntityId, string EntityName, ScreeningHit Hit);
