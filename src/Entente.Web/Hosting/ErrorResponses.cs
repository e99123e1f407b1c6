using Entente.Web.Api;
using Microsoft.AspNetCore.Http;

namespace Entente.Web.Hosting;

/// <summary>Turns failures into JSON <c>{"error": …}</c>: bad parameters 400, oversized bodies 413, the rest 500 without details.</summary>
internal static class ErrorResponses
{
    public static async Task Handle(HttpContext context, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (ApiError e) when (!context.Response.HasStarted)
        {
            await Write(context, StatusCodes.Status400BadRequest, e.Message);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var message = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "the request body is larger than the limit" : e.Message;
            await Write(context, e.StatusCode, message);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            // Never a stack trace to the client; the type says enough to report it.
            await Write(context, StatusCodes.Status500InternalServerError, $"internal error ({e.GetType().Name}); please report it");
        }
    }

    private static Task Write(HttpContext context, int status, string message)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ErrorBody(message));
    }
}
