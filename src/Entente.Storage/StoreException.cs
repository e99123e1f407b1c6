namespace Entente.Storage;

/// <summary>The store cannot be opened or used: a bad address, an unreachable server, a newer schema.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
