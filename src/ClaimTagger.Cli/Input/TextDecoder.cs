using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ClaimTagger.Cli.Input;

/// <summary>Decodes input bytes as UTF-8: strips a byte-order mark, replaces invalid sequences with U+FFFD and says so.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">UTF-8 bytes, possibly with a BOM, possibly invalid.</param>
    /// <param name="problem">Receives a one-line description of the invalid bytes, or <see langword="null"/> when all were valid.</param>
    /// <returns>The text, with every invalid sequence replaced by U+FFFD.</returns>
    public static string Decode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        problem = Utf8Validation(bytes);
        return Lenient.GetString(bytes);
    }

    /// <summary>Returns a description of the invalid UTF-8 in <paramref name="bytes"/>, or <see langword="null"/> when it is valid.</summary>
    public static string? Utf8Validation(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        int count = 0;
        int first = -1;
        int offset = 0;
        while (offset < bytes.Length)
        {
            OperationStatus status = Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed);
            if (status != OperationStatus.Done)
            {
                count++;
                if (first < 0)
                {
                    first = offset;
                }
            }

            offset += Math.Max(1, consumed);
        }

        return $"invalid UTF-8: {count} byte sequence{(count == 1 ? string.Empty : "s")} replaced with U+FFFD (first at byte {first})";
    }
}
