using System.Text;
using Entente.Cli;
using Spectre.Console;
using Spectre.Console.Testing;

namespace Entente.Tests.Support;

/// <summary>Runs the CLI in-process and captures stdout, stderr and the exit code.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr, string Console)
{
    public static CliRun Of(params string[] args) => WithStdin("", args);

    public static CliRun WithStdin(string stdin, params string[] args) => Run(stdin, null, args);

    /// <summary>Runs with a list downloader standing in for the network.</summary>
    public static CliRun WithDownloader(Entente.Sanctions.Store.IListDownloader downloader, params string[] args) => Run("", downloader, args);

    private static CliRun Run(string stdin, Entente.Sanctions.Store.IListDownloader? downloader, string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var console = new TestConsole();
        console.Profile.Width = 200;
        var streams = new CliStreams(new StringWriter(), stderr, console,
            () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), () => new NonClosingStream(stdout));
        var code = EntenteApp.Run(args, streams, downloader);
        return new CliRun(code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString(), console.Output);
    }

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
