namespace Entente.Web.Api;

/// <summary>A request the API cannot answer as asked; becomes 400 with <c>{"error": message}</c>.</summary>
internal sealed class ApiError(string message) : Exception(message);

/// <summary>The body of every error response.</summary>
/// <param name="Error">One line saying what was wrong.</param>
public sealed record ErrorBody(string Error);
