using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using CppnPS.Core.Internal;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// Reads text entries (tEXt, zTXt or iTXt) from a PNG without decoding any pixels: the chunks are walked
    /// by hand, so a crafted image never reaches an image decoder. Text chunks and IEND are checked against
    /// their CRC; other chunks are skipped unread (by seeking when the stream allows). Sizes are capped so a
    /// crafted file cannot exhaust memory.
    /// </summary>
    internal static class PngTextReader
    {
        /// <summary>The largest text chunk, the largest decompressed text, and the most text read from one PNG (64 MiB).</summary>
        public const int MaxTextBytes = 64 * 1024 * 1024;

        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>The network metadata text of a PNG written by CppnPS, joined from its parts (<see cref="PngNetworkText"/>); null when there is none.</summary>
        /// <exception cref="InvalidDataException">The data is not a PNG, is truncated, or a text chunk is corrupt or missing.</exception>
        public static string? ReadNetworkText(Stream png) => PngNetworkText.Join(ReadEntries(png, PngNetworkText.IsOwnKeyword));

        /// <summary>The text of the first entry whose keyword is exactly <paramref name="keyword"/>; null when there is none.</summary>
        /// <exception cref="InvalidDataException">The data is not a PNG, is truncated, or a text chunk is corrupt.</exception>
        public static string? ReadText(Stream png, string keyword)
        {
            List<KeyValuePair<string, string>> entries = ReadEntries(png, k => string.Equals(k, keyword, StringComparison.Ordinal));
            return entries.Count == 0 ? null : entries[0].Value;
        }

        /// <summary>The text entries whose keyword passes <paramref name="wanted"/>, in file order.</summary>
        private static List<KeyValuePair<string, string>> ReadEntries(Stream png, Func<string, bool> wanted)
        {
            if (png is null) throw new ArgumentNullException(nameof(png));
            var entries = new List<KeyValuePair<string, string>>();
            long total = 0;

            var header = new byte[8];
            if (!StreamReading.TryReadExactly(png, header, 8) || !ImageFormats.IsPng(header))
                throw new InvalidDataException("The data is not a PNG file (its 8-byte signature is wrong).");

            for (bool first = true; ; first = false)
            {
                if (!StreamReading.TryReadExactly(png, header, 8)) throw Truncated();
                uint length = (uint)(header[0] << 24 | header[1] << 16 | header[2] << 8 | header[3]);
                string type = ChunkType(header);
                if (length > int.MaxValue) throw new InvalidDataException($"The PNG chunk '{type}' claims an impossible length of {length} bytes.");
                if (first && type != "IHDR") throw new InvalidDataException("The data is not a PNG file (it does not start with an IHDR chunk).");
                if (type == "IEND")
                {
                    if (length != 0) throw Malformed(type);
                    ReadChunkData(png, header, 0);
                    return entries;
                }

                if (type != "tEXt" && type != "zTXt" && type != "iTXt")
                {
                    StreamReading.Skip(png, length + 4L, Truncated);    // data and CRC
                    continue;
                }

                if (length > MaxTextBytes)
                    throw new InvalidDataException($"The PNG text chunk holds {length} bytes, more than the {MaxTextBytes}-byte limit.");
                // What is left of the limit bounds the unpacking too, so many compressed chunks just under the limit each
                // are stopped at the limit in all, not after each has been unpacked in full.
                KeyValuePair<string, string>? entry = ParseText(type, ReadChunkData(png, header, (int)length), wanted, MaxTextBytes - total);
                if (entry is null) continue;
                total += entry.Value.Value.Length;
                if (total > MaxTextBytes)
                    throw new InvalidDataException($"The PNG's text chunks hold more than the {MaxTextBytes}-byte limit.");
                entries.Add(entry.Value);
            }
        }

        /// <summary>Reads a chunk's data and CRC (the header is already in <paramref name="header"/>) and checks the CRC.</summary>
        private static byte[] ReadChunkData(Stream png, byte[] header, int length)
        {
            var data = new byte[length];
            if (!StreamReading.TryReadExactly(png, data, length)) throw Truncated();
            var crc = new Crc32();
            crc.Append(header.AsSpan(4, 4));
            crc.Append(data);
            uint actual = crc.GetCurrentHashAsUInt32();
            string type = ChunkType(header);
            if (!StreamReading.TryReadExactly(png, header, 4)) throw Truncated();
            uint stored = (uint)(header[0] << 24 | header[1] << 16 | header[2] << 8 | header[3]);
            if (stored != actual) throw new InvalidDataException($"The PNG {type} chunk is corrupt (CRC mismatch).");
            return data;
        }

        /// <summary>The keyword and text of a tEXt, zTXt or iTXt chunk when <paramref name="wanted"/> takes its keyword, else null.</summary>
        private static KeyValuePair<string, string>? ParseText(string type, byte[] data, Func<string, bool> wanted, long budget)
        {
            int keywordEnd = Array.IndexOf(data, (byte)0);
            if (keywordEnd < 1 || keywordEnd > 79) throw Malformed(type);
            string keyword = Latin1(data, 0, keywordEnd);
            if (!wanted(keyword)) return null;
            return new KeyValuePair<string, string>(keyword, ParseTextBody(type, data, keywordEnd + 1, budget));
        }

        private static string ParseTextBody(string type, byte[] data, int at, long budget)
        {
            int end = data.Length;

            switch (type)
            {
                case "tEXt":
                    return Latin1(data, at, end - at);
                case "zTXt":
                    if (at >= end || data[at] != 0) throw Malformed(type);    // method 0 = zlib
                    byte[] inflated = Inflate(data, at + 1, end - at - 1, budget);
                    return Latin1(inflated, 0, inflated.Length);
                default: // iTXt: flag, method, language tag\0, translated keyword\0, UTF-8 text
                    if (end - at < 2 || data[at] > 1 || data[at + 1] != 0) throw Malformed(type);
                    bool compressed = data[at] == 1;
                    at += 2;
                    for (int field = 0; field < 2; field++)
                    {
                        int zero = Array.IndexOf(data, (byte)0, at, end - at);
                        if (zero < 0) throw Malformed(type);
                        at = zero + 1;
                    }

                    try
                    {
                        if (!compressed) return StrictUtf8.GetString(data, at, end - at);
                        byte[] utf8 = Inflate(data, at, end - at, budget);
                        return StrictUtf8.GetString(utf8, 0, utf8.Length);
                    }
                    catch (DecoderFallbackException e)
                    {
                        throw new InvalidDataException("The PNG iTXt chunk holds text that is not valid UTF-8.", e);
                    }
            }
        }

        /// <summary>
        /// Unpacks a zlib stream (2-byte header, deflate data, Adler-32 the chunk CRC already covers), at most
        /// <paramref name="budget"/> bytes: what is left of <see cref="MaxTextBytes"/> after the text read before.
        /// </summary>
        private static byte[] Inflate(byte[] data, int offset, int count, long budget)
        {
            if (count < 2) throw new InvalidDataException("The compressed PNG text is too short to be zlib data.");
            int cmf = data[offset], flg = data[offset + 1];
            if ((cmf & 0x0F) != 8 || (cmf >> 4) > 7 || ((cmf << 8) | flg) % 31 != 0 || (flg & 0x20) != 0)
                throw new InvalidDataException("The compressed PNG text does not start with a zlib deflate header.");

            using var deflate = new DeflateStream(new MemoryStream(data, offset + 2, count - 2, writable: false), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = deflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > budget)
                    throw new InvalidDataException($"The compressed PNG text unpacks to more than the {MaxTextBytes}-byte limit.");
                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }

        private static string ChunkType(byte[] header)
        {
            var chars = new char[4];
            for (int i = 0; i < 4; i++)
            {
                byte b = header[4 + i];
                if (!(b >= (byte)'A' && b <= (byte)'Z' || b >= (byte)'a' && b <= (byte)'z'))
                    throw new InvalidDataException("The PNG data is corrupt (a chunk type is not four letters).");
                chars[i] = (char)b;
            }

            return new string(chars);
        }

        /// <summary>PNG keywords and tEXt/zTXt text are ISO-8859-1, whose bytes are the first 256 code points.</summary>
        private static string Latin1(byte[] data, int offset, int count)
        {
            var chars = new char[count];
            for (int i = 0; i < count; i++) chars[i] = (char)data[offset + i];
            return new string(chars);
        }

        private static InvalidDataException Truncated() => new InvalidDataException("The PNG data ends before its IEND chunk (the file is truncated).");

        private static InvalidDataException Malformed(string type) => new InvalidDataException($"The PNG {type} chunk is malformed.");
    }
}
