using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CppnPS.Core.Internal;

namespace CppnPS.Core.Motion
{
    /// <summary>
    /// Reads the comment extensions of a GIF without decoding any frame: the blocks are walked by hand
    /// (as <c>PngTextReader</c> walks PNG chunks), so a crafted file never reaches an image decoder, and
    /// a long animation is skipped over rather than decompressed. Comments are capped in size.
    /// </summary>
    internal static class GifCommentReader
    {
        /// <summary>The most comment text read from one GIF (64 MiB).</summary>
        public const int MaxCommentBytes = 64 * 1024 * 1024;

        private const byte ExtensionIntroducer = 0x21;
        private const byte ImageSeparator = 0x2C;
        private const byte Trailer = 0x3B;
        private const byte CommentLabel = 0xFE;

        /// <summary>True when <paramref name="header"/> starts with "GIF87a" or "GIF89a".</summary>
        public static bool IsGif(byte[] header) =>
            header.Length >= 6 && header[0] == (byte)'G' && header[1] == (byte)'I' && header[2] == (byte)'F'
            && header[3] == (byte)'8' && (header[4] == (byte)'7' || header[4] == (byte)'9') && header[5] == (byte)'a';

        /// <summary>Every comment of the GIF, in file order, each decoded as UTF-8 (of which ASCII is a part).</summary>
        /// <exception cref="InvalidDataException">The data is not a GIF, or is truncated or malformed.</exception>
        public static List<string> ReadComments(Stream gif)
        {
            if (gif is null) throw new ArgumentNullException(nameof(gif));
            var comments = new List<string>();
            var header = new byte[13];
            if (!StreamReading.TryReadExactly(gif, header, 13) || !IsGif(header))
                throw new InvalidDataException("The data is not a GIF file (its 6-byte signature is wrong).");
            // Logical screen descriptor: bytes 6..12; bit 7 of byte 10 announces a global colour table.
            SkipColourTable(gif, header[10]);
            long total = 0;
            while (true)
            {
                int block = gif.ReadByte();
                switch (block)
                {
                    case Trailer:
                        return comments;
                    case ExtensionIntroducer:
                        int label = gif.ReadByte();
                        if (label < 0) throw Truncated();
                        if (label != CommentLabel)
                        {
                            SkipSubBlocks(gif);
                            break;
                        }
                        byte[] text = ReadSubBlocks(gif, MaxCommentBytes - total);
                        total += text.Length;
                        comments.Add(Encoding.UTF8.GetString(text));
                        break;
                    case ImageSeparator:
                        var descriptor = new byte[9];
                        if (!StreamReading.TryReadExactly(gif, descriptor, 9)) throw Truncated();
                        SkipColourTable(gif, descriptor[8]);
                        if (gif.ReadByte() < 0) throw Truncated();   // LZW minimum code size
                        SkipSubBlocks(gif);
                        break;
                    case -1:
                        throw Truncated();
                    default:
                        throw new InvalidDataException(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                            "The GIF is malformed: unexpected block 0x{0:X2}.", block));
                }
            }
        }

        private static void SkipColourTable(Stream gif, byte packed)
        {
            if ((packed & 0x80) == 0) return;
            StreamReading.Skip(gif, 3 * (1 << ((packed & 7) + 1)), Truncated);
        }

        private static void SkipSubBlocks(Stream gif)
        {
            while (true)
            {
                int size = gif.ReadByte();
                if (size < 0) throw Truncated();
                if (size == 0) return;
                StreamReading.Skip(gif, size, Truncated);
            }
        }

        private static byte[] ReadSubBlocks(Stream gif, long limit)
        {
            using (var text = new MemoryStream())
            {
                var buffer = new byte[255];
                while (true)
                {
                    int size = gif.ReadByte();
                    if (size < 0) throw Truncated();
                    if (size == 0) return text.ToArray();
                    if (!StreamReading.TryReadExactly(gif, buffer, size)) throw Truncated();
                    if (text.Length + size > limit)
                        throw new InvalidDataException("The GIF's comments hold more than the " + MaxCommentBytes + "-byte limit.");
                    text.Write(buffer, 0, size);
                }
            }
        }

        private static InvalidDataException Truncated() => new InvalidDataException("The GIF file is truncated.");
    }
}
