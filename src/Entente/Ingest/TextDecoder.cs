using System.Text;

namespace Entente.Ingest;

/// <summary>Turns raw bytes into text strictly: UTF-8 only, no binaries, no silent replacement characters.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> or throws an <see cref="IngestException"/> saying why not.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }
        if (bytes.IsEmpty || IsBlank(bytes))
        {
            throw new IngestException(IngestErrors.Empty, "empty input (no text to code)");
        }
        if (LooksBinary(bytes))
        {
            throw new IngestException(IngestErrors.Binary, "binary data, not text (NUL or control bytes)");
        }
        try
        {
            return Strict.GetString(bytes).Replace("\r\n", "\n").Replace('\r', '\n');
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" at byte {e.Index}" : "";
            throw new IngestException(IngestErrors.Encoding, $"not valid UTF-8{at}; convert it first (e.g. iconv -f latin1 -t utf-8)");
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }
            if (b < 32 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C or 0x1A))
            {
                control++;
            }
        }
        return control > sample.Length / 20;
    }
}
