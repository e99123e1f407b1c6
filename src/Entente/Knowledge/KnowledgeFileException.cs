namespace Entente.Knowledge;

/// <summary>A knowledge or dictionary file cannot be read; the message names the file and line.</summary>
public sealed class KnowledgeFileException(string message) : Exception(message);
