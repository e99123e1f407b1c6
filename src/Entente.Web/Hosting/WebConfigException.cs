namespace Entente.Web.Hosting;

/// <summary>The app cannot start as configured (for example a public address without a token).</summary>
public sealed class WebConfigException(string message) : Exception(message);
