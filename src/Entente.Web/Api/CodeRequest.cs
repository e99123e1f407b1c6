namespace Entente.Web.Api;

/// <summary>The body of POST /api/articles: an article as text or HTML, and whether to store it.</summary>
public sealed class CodeRequest
{
    /// <summary>Plain text (give this or <see cref="Html"/>).</summary>
    public string? Text { get; init; }

    /// <summary>A saved news page.</summary>
    public string? Html { get; init; }

    /// <summary>Title, for plain text.</summary>
    public string? Title { get; init; }

    /// <summary>Publication date YYYY-MM-DD (default: what the page says, else today).</summary>
    public string? Date { get; init; }

    /// <summary>Where the article was published.</summary>
    public string? Url { get; init; }

    /// <summary>The publisher.</summary>
    public string? Outlet { get; init; }

    /// <summary>Store the coded article.</summary>
    public bool Store { get; init; }
}
