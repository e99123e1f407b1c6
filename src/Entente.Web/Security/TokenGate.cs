using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Entente.Web.Security;

/// <summary>With a token set, lets through only requests that carry it: <c>Authorization: Bearer T</c>, or the cookie a browser
/// gets by visiting <c>/?token=T</c> once (HttpOnly, SameSite=Strict, so other sites cannot ride on it).</summary>
internal sealed class TokenGate(string token)
{
    public const string CookieName = "entente_token";

    private readonly byte[] _token = Encoding.UTF8.GetBytes(token);

    public async Task Check(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if (request.Query.TryGetValue("token", out var offered) && Matches(offered.ToString()))
        {
            context.Response.Cookies.Append(CookieName, token, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = request.IsHttps,
                Path = "/",
            });
            // Drop the token from the address bar and history.
            context.Response.Redirect(request.PathBase + request.Path);
            return;
        }
        var header = request.Headers.Authorization.ToString();
        var presented = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim()
            : request.Cookies.TryGetValue(CookieName, out var cookie) ? cookie
            : null;
        if (presented is null || !Matches(presented))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await context.Response.WriteAsJsonAsync(new { error = "a token is required: send Authorization: Bearer TOKEN, or open /?token=TOKEN once" });
            return;
        }
        await next();
    }

    // Constant-time, so the token cannot be guessed byte by byte from response times.
    private bool Matches(string presented) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _token);
}
