using Spectre.Console;

namespace Entente.Cli;

/// <summary>Where a command writes: data to <see cref="Out"/>, one-line errors to <see cref="Error"/>,
/// tables and progress to <see cref="Console"/>. Tests pass string writers.</summary>
public sealed record CliStreams(TextWriter Out, TextWriter Error, IAnsiConsole Console, Func<Stream> OpenStdin, Func<Stream> OpenStdout)
{
    /// <summary>The process's own streams.</summary>
    public static CliStreams Process() => new(System.Console.Out, System.Console.Error, AnsiConsole.Console,
        System.Console.OpenStandardInput, System.Console.OpenStandardOutput);

    /// <summary>Writes "entente: message" on stderr.</summary>
    public void Fail(string message) => Error.WriteLine("entente: " + message);
}
