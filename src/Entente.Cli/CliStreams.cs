using Spectre.Console;

namespace Entente.Cli;

/// <summary>Where a command writes: data to <see cref="Out"/>, one-line errors to <see cref="Error"/>,
/// tables and progress to <see cref="Console"/>. Tests pass string writers.</summary>
public sealed record CliStreams(TextWriter Out, TextWriter Error, IAnsiConsole Console, Func<Stream> OpenStdin, Func<Stream> OpenStdout)
{
    /// <summary>The process's own streams.</summary>
    public static CliStreams Process() => new(System.Console.Out, System.Console.Error, AnsiConsole.Console,
        System.Console.OpenStandardInput, System.Console.OpenStandardOutput)
    {
        // Progress bars go to stderr, and only to a terminal: stdout stays the requested output, logs stay clean.
        Progress = System.Console.IsErrorRedirected ? null
            : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) }),
    };

    /// <summary>Where progress bars are drawn (stderr on a terminal), or null for none.</summary>
    public IAnsiConsole? Progress { get; init; }

    /// <summary>Writes "entente: message" on stderr.</summary>
    /// <summary>A text writer over stdout for the requested output; dispose it to flush.</summary>
    public TextWriter StdoutWriter() => new StreamWriter(OpenStdout(), new System.Text.UTF8Encoding(false));

    public void Fail(string message) => Error.WriteLine("entente: " + message);
}
