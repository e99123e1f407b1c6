using System.ComponentModel;
using Entente.Web.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Settings of <c>entente serve</c>.</summary>
public sealed class ServeSettings : StoreSettings
{
    /// <summary>The port.</summary>
    [CommandOption("-p|--port <N>")]
    [Description("Port to listen on (default 5080)")]
    [DefaultValue(WebOptions.DefaultPort)]
    public int Port { get; init; } = WebOptions.DefaultPort;

    /// <summary>The address.</summary>
    [CommandOption("--bind <ADDR>")]
    [Description("Address to listen on (default 127.0.0.1); any other than loopback needs --token")]
    [DefaultValue("127.0.0.1")]
    public string Bind { get; init; } = "127.0.0.1";

    /// <summary>The access token.</summary>
    [CommandOption("--token <TOKEN>")]
    [Description("Require this token on every request (default: $ENTENTE_TOKEN); browsers open /?token=TOKEN once")]
    public string? Token { get; init; }

    /// <summary>Sanctions lists for screening.</summary>
    [CommandOption("--lists <PATH>")]
    [Description("Sanctions lists for coding and /api/screen (default: the lists imported with `lists import`)")]
    public string[] Lists { get; init; } = [];

    /// <inheritdoc/>
    public override ValidationResult Validate() =>
        Port is < 0 or > 65535 ? ValidationResult.Error($"--port {Port} is not 0 to 65535")
        : Token is { Length: < 8 } ? ValidationResult.Error("--token must be at least 8 characters")
        : ValidationResult.Success();
}
