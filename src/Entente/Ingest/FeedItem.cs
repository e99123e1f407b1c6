namespace Entente.Ingest;

/// <summary>One item of a saved RSS or Atom feed.</summary>
/// <param name="Id">The item's guid or Atom id.</param>
/// <param name="Title">The headline.</param>
/// <param name="Url">The item's link.</param>
/// <param name="Published">Publication date.</param>
/// <param name="Html">The item's content (content:encoded, Atom content, or the description), as HTML.</param>
/// <param name="Outlet">The feed's publisher (the channel title), when given.</param>
public sealed record FeedItem(string? Id, string? Title, string? Url, DateOnly? Published, string Html, string? Outlet);
