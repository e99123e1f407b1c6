namespace Entente.Documents;

/// <summary>One news article after ingest: its extracted text (fixed from here on) and metadata.</summary>
/// <remarks>Immutable. Every offset Entente reports is an offset into <see cref="Text"/>.</remarks>
public sealed record Article
{
    /// <summary>The caller's identifier (a JSONL id, or the file name).</summary>
    public required string Id { get; init; }

    /// <summary>Where the article came from: a path, a URL or "stdin".</summary>
    public required string Source { get; init; }

    /// <summary>The extracted text that all offsets point into.</summary>
    public required string Text { get; init; }

    /// <summary>The headline, when known.</summary>
    public string? Title { get; init; }

    /// <summary>The headline's range in <see cref="Text"/>, when the headline is part of it.</summary>
    public TextSpan? TitleSpan { get; init; }

    /// <summary>Publication date, from the input, the page metadata, the dateline or <c>--date</c>.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Canonical URL, when the page names one.</summary>
    public string? Url { get; init; }

    /// <summary>The publisher ("Reuters", "apnews.com"), from the input or the URL's host; counts sources in the store.</summary>
    public string? Outlet { get; init; }

    /// <summary>The input format: text, html, jsonl or feed.</summary>
    public string Format { get; init; } = "text";

    /// <summary>The dateline ("GENEVA, March 4, 2024 —"), kept out of actor roles.</summary>
    public TextSpan? Dateline { get; init; }

    /// <summary>The place the dateline names, if any.</summary>
    public string? DatelinePlace { get; init; }

    /// <summary>Ranges that are not article body (captions, credits, footers, comment prompts).</summary>
    public IReadOnlyList<BoilerplateSpan> Boilerplate { get; init; } = [];
}
