using Entente.Storage;
using Entente.Storage.Query;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>GET /api/articles and /api/articles/{id}: stored articles, one with its text and everything coded in it.</summary>
internal static class ArticlesApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/articles", (IEventStore store, string? search, [AsParameters] PageParams page) =>
        {
            var (limit, offset) = page.Parsed();
            return Slice<ArticleRow>.Of(store.Articles(Parse.Text(search, "search"), limit + 1, offset), limit, offset);
        }).WithSummary("Stored articles, newest first; search matches title, outlet or id");

        api.MapGet("/articles/{id:long}", IResult (IEventStore store, long id) =>
        {
            if (store.Article(id) is not { } article)
            {
                return TypedResults.NotFound(new ErrorBody($"no article {id}"));
            }
            var events = store.Events(new EventQuery { ArticleId = id, IncludeUnclaimed = true, Limit = 10_000, Sort = EventSort.DateAscending })
                .Select(e => new ArticleEvent(e, [.. store.Mentions(e.Id).Where(m => m.ArticleId == id)]))
                .OrderBy(e => e.Mentions.Count == 0 ? int.MaxValue : e.Mentions[0].SentenceStart)
                .ToList();
            return TypedResults.Ok(new ArticleDetail(article, store.ActorMentions(id), events, store.Hits(articleId: id)));
        }).Produces<ArticleDetail>().Produces<ErrorBody>(StatusCodes.Status404NotFound)
            .WithSummary("One article: extracted text, actor mentions with offsets, events with sentence and trigger offsets, sanctions hits");
    }
}

/// <summary>An article and what was coded in it; every offset points into <c>article.text</c>.</summary>
/// <param name="Article">The stored article with its text.</param>
/// <param name="Entities">Where it names actors.</param>
/// <param name="Events">Events it reports, in text order, with this article's reports of them.</param>
/// <param name="Hits">Sanctions hits of its actors.</param>
public sealed record ArticleDetail(ArticleRow Article, IReadOnlyList<ActorMentionRow> Entities, IReadOnlyList<ArticleEvent> Events,
    IReadOnlyList<HitRow> Hits);

/// <summary>An event as one article reports it.</summary>
/// <param name="Event">The de-duplicated event.</param>
/// <param name="Mentions">This article's reports of it (sentence and trigger offsets).</param>
public sealed record ArticleEvent(EventRow Event, IReadOnlyList<MentionRow> Mentions);
