using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CppnPS.Core.Internal;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// Writes an RGB (or grey, grey-alpha, RGBA) PNG (8 or 16 bits per channel) from float samples given a band of rows at a time, so a
    /// picture larger than memory can be rendered a band at a time, encoded and dropped. ImageSharp 2.x
    /// encodes only a whole picture held in memory, hence this writer; it is also the faster one, and every
    /// PNG CppnPS writes goes through it, so a picture gives the same file whether written whole or in bands.
    /// </summary>
    /// <remarks>
    /// Layout: signature, IHDR, the text chunks (as ImageSharp writes them: tEXt, or zTXt above
    /// <see cref="TextCompressionThreshold"/> characters; iTXt when a character is not Latin-1), IDAT chunks of
    /// <see cref="IdatBytes"/> bytes, IEND. Every row is filtered with Paeth (<see cref="PaethFilter"/>; the first
    /// row's row above is zeros): on smooth pictures it deflates faster and smaller than Up, for a vector pass of a few
    /// operations a byte, and one filter for every row keeps the bytes free of heuristics. The filtered rows are cut into segments of about
    /// <see cref="SegmentBytes"/>, or into <see cref="MinSegments"/> when that makes them smaller (a fixed number of
    /// rows, from the picture's size and bit depth alone), each deflated on its own, in parallel, ending in a sync
    /// flush, and joined into one zlib stream with one Adler-32: a small picture of a batch keeps two cores busy too,
    /// and a large one loses little to the restarts (each segment starts without the previous one's window). The cuts
    /// depend on nothing but the picture's size, so the bytes do not depend on the band size, the thread count or
    /// the machine, only on the runtime's zlib. Where the runtime's DeflateStream cannot sync-flush, one
    /// stream deflates the segments in order instead.
    /// </remarks>
    internal sealed class PngBandWriter : IDisposable
    {
        /// <summary>About this many filtered bytes are deflated as one piece.</summary>
        public const int SegmentBytes = 1 << 20;

        /// <summary>A picture of at least this many rows is cut into at least this many segments, so a small one is deflated in parallel too.</summary>
        public const int MinSegments = 4;

        /// <summary>Data bytes in a full IDAT chunk.</summary>
        public const int IdatBytes = 1 << 18;

        /// <summary>Text longer than this many characters is deflated (as ImageSharp's TextCompressionThreshold).</summary>
        public const int TextCompressionThreshold = 1024;

        // Text is short beside the pixels, so it is deflated at zlib's default whatever the pixels' level.
        private const int TextLevel = 6;
        private static readonly byte[] Signature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        private static readonly Encoding Latin1 = Encoding.GetEncoding(28591);
        private static readonly Encoding Utf8 = new UTF8Encoding(false);
        private static readonly bool CanSyncFlush = PngDeflate.CanSyncFlush;

        private readonly Stream _destination;
        private readonly int _width;
        private readonly int _height;
        private readonly int _bitDepth;
        private readonly SampleRounding _rounding;
        private readonly int _level;
        private readonly int _threads;
        private readonly int _channels;       // samples a pixel: 1 grey, 2 grey-alpha, 3 RGB, 4 RGBA
        private readonly int _bytesPerPixel;  // the filter's distance to the left neighbour
        private readonly int _rowBytes;       // filtered row: filter byte + samples
        private readonly ChunkStream _idat;
        private readonly byte[] _previousLevels;
        private DeflateStream? _sequential;
        private uint _adler = Adler32.Initial;
        private int _rowsWritten;
        private bool _finished;

        /// <summary>Writes the signature, the header and the text chunks.</summary>
        /// <param name="destination">Where the file goes; left open.</param>
        /// <param name="width">Columns.</param>
        /// <param name="height">Rows.</param>
        /// <param name="bitDepth">8 or 16.</param>
        /// <param name="rounding">How samples become levels.</param>
        /// <param name="compressionLevel">0 (stored) to 9, as <see cref="ImageExportOptions.PngCompressionLevel"/>.</param>
        /// <param name="text">Keyword and text of each text chunk, in order; may be empty.</param>
        /// <param name="threads">Most segments deflated at once.</param>
        /// <param name="channels">Samples a pixel: 1 (grey), 2 (grey, alpha), 3 (RGB, the default) or 4 (RGBA), in that order in the samples given.</param>
        public PngBandWriter(Stream destination, int width, int height, int bitDepth, SampleRounding rounding, int compressionLevel,
            IReadOnlyList<KeyValuePair<string, string>> text, int threads, int channels = 3)
        {
            _destination = destination ?? throw new ArgumentNullException(nameof(destination));
            if (width < 1 || height < 1) throw new ArgumentOutOfRangeException(nameof(width), "Width and height must be at least 1.");
            if (bitDepth != 8 && bitDepth != 16) throw new ArgumentOutOfRangeException(nameof(bitDepth), bitDepth, "The bit depth must be 8 or 16.");
            if (channels < 1 || channels > 4) throw new ArgumentOutOfRangeException(nameof(channels), channels, "A PNG pixel has 1 to 4 samples.");
            _width = width;
            _height = height;
            _bitDepth = bitDepth;
            _rounding = rounding;
            _level = compressionLevel;
            _threads = Math.Max(1, threads);
            _channels = channels;
            _bytesPerPixel = channels * (bitDepth / 8);
            _rowBytes = 1 + width * _bytesPerPixel;
            RowsPerSegment = Math.Max(1, Math.Min(SegmentBytes / _rowBytes, (height + MinSegments - 1) / MinSegments));
            _previousLevels = new byte[_rowBytes - 1];

            destination.Write(Signature, 0, Signature.Length);
            var header = new byte[13];
            BinaryPrimitives.WriteInt32BigEndian(header, width);
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
            header[8] = (byte)bitDepth;
            header[9] = ColourType(channels);
            WriteChunk(destination, "IHDR", header, header.Length);
            foreach (KeyValuePair<string, string> entry in text) WriteTextChunk(destination, entry.Key, entry.Value);
            _idat = new ChunkStream(destination);
            _idat.Write(PngDeflate.ZlibHeader(_level), 0, 2);
        }

        // The PNG colour type of 1, 2, 3 or 4 samples a pixel: grey, grey-alpha, RGB, RGBA.
        private static byte ColourType(int channels)
        {
            switch (channels)
            {
                case 1: return 0;
                case 2: return 4;
                case 3: return 2;
                case 4: return 6;
                default: throw new ArgumentOutOfRangeException(nameof(channels), channels, "A PNG pixel has 1 to 4 samples.");
            }
        }

        /// <summary>Rows deflated as one piece; every band but the last must hold a whole number of them.</summary>
        public int RowsPerSegment { get; }

        /// <summary>Rows written so far.</summary>
        public int RowsWritten => _rowsWritten;

        /// <summary>
        /// Encodes the next <paramref name="rowCount"/> rows of the picture, rows <paramref name="firstRow"/>... of
        /// <paramref name="samples"/> (in <see cref="CppnImage"/>'s order, <see cref="CppnImage.Width"/> columns a row).
        /// Tells <paramref name="progress"/> of each row filtered (from worker threads), and stops within a row of a cancel.
        /// </summary>
        /// <exception cref="ArgumentException">The band does not hold a whole number of segments and is not the last.</exception>
        public void WriteRows(float[] samples, int firstRow, int rowCount, IProgress<long>? progress, CancellationToken cancellationToken)
        {
            if (samples is null) throw new ArgumentNullException(nameof(samples));
            if (_finished) throw new InvalidOperationException("The PNG is already finished.");
            if (rowCount < 1 || rowCount > _height - _rowsWritten) throw new ArgumentOutOfRangeException(nameof(rowCount), rowCount, "More rows than the picture has left.");
            if (firstRow < 0 || samples.LongLength < (long)(firstRow + rowCount) * _width * _channels) throw new ArgumentException("Fewer samples than rows.", nameof(samples));
            bool lastBand = _rowsWritten + rowCount == _height;
            if (!lastBand && rowCount % RowsPerSegment != 0)
                throw new ArgumentException("Every band but the last must hold a whole number of segments.", nameof(rowCount));

            int segments = (rowCount + RowsPerSegment - 1) / RowsPerSegment;
            var filtered = new byte[segments][];
            var compressed = new byte[segments][];
            var sums = new uint[segments];
            var options = new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = cancellationToken };
            Parallel.For(0, segments, options, s =>
            {
                int first = s * RowsPerSegment;
                int rows = Math.Min(RowsPerSegment, rowCount - first);
                byte[] bytes = Filter(samples, firstRow, first, rows, progress, cancellationToken);
                sums[s] = Adler32.Update(Adler32.Initial, bytes);
                if (CanSyncFlush)
                    compressed[s] = Deflate(bytes, final: lastBand && s == segments - 1);
                else
                    filtered[s] = bytes;
            });

            for (int s = 0; s < segments; s++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int rows = Math.Min(RowsPerSegment, rowCount - s * RowsPerSegment);
                _adler = Adler32.Combine(_adler, sums[s], (long)rows * _rowBytes);
                if (CanSyncFlush)
                {
                    _idat.Write(compressed[s], 0, compressed[s].Length);
                }
                else
                {
                    _sequential ??= PngDeflate.Create(_idat, _level);
                    _sequential.Write(filtered[s], 0, filtered[s].Length);
                }
            }

            // The first row of the next band is filtered against this band's last.
            ConvertRow(samples, firstRow + rowCount - 1, _previousLevels);
            _rowsWritten += rowCount;
        }

        /// <summary>Ends the zlib stream and writes IEND; every row must have been written.</summary>
        public void Finish()
        {
            if (_finished) return;
            if (_rowsWritten != _height) throw new InvalidOperationException($"Only {_rowsWritten} of {_height} rows were written.");
            _sequential?.Dispose();
            _sequential = null;
            var adler = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(adler, _adler);
            _idat.Write(adler, 0, 4);
            _idat.Flush();
            WriteChunk(_destination, "IEND", Array.Empty<byte>(), 0);
            _finished = true;
        }

        /// <summary>Releases the deflater of the sequential path; the destination stays open.</summary>
        public void Dispose()
        {
            _sequential?.Dispose();
            _idat.Dispose();
        }

        // Levels of rows [first, first + rows) of the band that starts at row bandStart of samples, Paeth-filtered, each preceded by the filter's byte.
        // Compiled optimised at once, as the row kernels it calls (PaethFilter.Vectorized, SampleLevels).
        [MethodImpl(HotPath.Optimize)]
        private byte[] Filter(float[] samples, int bandStart, int first, int rows, IProgress<long>? progress, CancellationToken cancellationToken)
        {
            int levelBytes = _rowBytes - 1;
            var output = new byte[(long)rows * _rowBytes];
            var above = new byte[levelBytes];
            var current = new byte[levelBytes];
            if (first == 0) Buffer.BlockCopy(_previousLevels, 0, above, 0, levelBytes);
            else ConvertRow(samples, bandStart + first - 1, above);
            for (int r = 0; r < rows; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ConvertRow(samples, bandStart + first + r, current);
                output[r * _rowBytes] = PaethFilter.FilterType;
                PaethFilter.Apply(current, above, _bytesPerPixel, output, r * _rowBytes + 1);
                byte[] t = above; above = current; current = t;
                progress?.Report(1);
            }
            return output;
        }

        // One row's levels: bytes for 8 bits, big-endian pairs for 16.
        private void ConvertRow(float[] samples, int row, byte[] levels)
        {
            int count = _width * _channels;
            var source = new ReadOnlySpan<float>(samples, row * count, count);
            if (_bitDepth == 8) SampleLevels.ToBytes(source, levels, _rounding);
            else SampleLevels.ToBigEndianUInt16(source, levels, _rounding);
        }

        // Raw deflate of one segment: ended by a sync flush (byte-aligned, not final) unless it is the last.
        private byte[] Deflate(byte[] data, bool final)
        {
            using var memory = new MemoryStream(data.Length / 4 + 64);
            long length;
            using (DeflateStream deflate = PngDeflate.Create(memory, _level))
            {
                deflate.Write(data, 0, data.Length);
                deflate.Flush();
                length = memory.Length;
            }
            if (final) length = memory.Length;
            var bytes = new byte[length];
            Array.Copy(memory.GetBuffer(), bytes, length);
            return bytes;
        }

        private static void WriteTextChunk(Stream destination, string keyword, string text)
        {
            bool latin1 = true;
            foreach (char c in text) if (c > 0xFF) { latin1 = false; break; }
            bool compress = text.Length > TextCompressionThreshold;
            byte[] key = Latin1.GetBytes(keyword);
            using var data = new MemoryStream();
            data.Write(key, 0, key.Length);
            data.WriteByte(0);
            if (latin1)
            {
                if (compress) data.WriteByte(0);    // compression method: deflate
                WriteText(data, Latin1.GetBytes(text), compress);
                WriteChunk(destination, compress ? "zTXt" : "tEXt", data.GetBuffer(), (int)data.Length);
            }
            else
            {
                data.WriteByte(compress ? (byte)1 : (byte)0);
                data.WriteByte(0);                  // compression method
                data.WriteByte(0);                  // empty language tag
                data.WriteByte(0);                  // empty translated keyword
                WriteText(data, Utf8.GetBytes(text), compress);
                WriteChunk(destination, "iTXt", data.GetBuffer(), (int)data.Length);
            }
        }

        private static void WriteText(Stream data, byte[] text, bool compress)
        {
            if (!compress)
            {
                data.Write(text, 0, text.Length);
                return;
            }
            data.Write(PngDeflate.ZlibHeader(TextLevel), 0, 2);
            using (DeflateStream deflate = PngDeflate.Create(data, TextLevel))
                deflate.Write(text, 0, text.Length);
            var adler = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(adler, Adler32.Update(Adler32.Initial, text));
            data.Write(adler, 0, 4);
        }

        private static void WriteChunk(Stream destination, string type, byte[] data, int length)
        {
            var head = new byte[8];
            BinaryPrimitives.WriteInt32BigEndian(head, length);
            for (int i = 0; i < 4; i++) head[4 + i] = (byte)type[i];
            var crc = new System.IO.Hashing.Crc32();
            crc.Append(head.AsSpan(4, 4));
            crc.Append(data.AsSpan(0, length));
            var tail = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(tail, crc.GetCurrentHashAsUInt32());
            destination.Write(head, 0, 8);
            destination.Write(data, 0, length);
            destination.Write(tail, 0, 4);
        }

        /// <summary>Cuts what is written to it into IDAT chunks of <see cref="IdatBytes"/> (the last may be shorter).</summary>
        private sealed class ChunkStream : Stream
        {
            private readonly Stream _destination;
            private readonly byte[] _buffer = new byte[IdatBytes];
            private int _count;

            public ChunkStream(Stream destination) => _destination = destination;

            public override bool CanRead => false;
            public override bool CanSeek => false;
            public override bool CanWrite => true;
            public override long Length => throw new NotSupportedException();

            public override long Position
            {
                get => throw new NotSupportedException();
                set => throw new NotSupportedException();
            }

            public override void Write(byte[] buffer, int offset, int count)
            {
                while (count > 0)
                {
                    int n = Math.Min(count, _buffer.Length - _count);
                    Buffer.BlockCopy(buffer, offset, _buffer, _count, n);
                    _count += n;
                    offset += n;
                    count -= n;
                    if (_count == _buffer.Length) Emit();
                }
            }

            // Writes what is held as a chunk; the stream ends with the zlib stream, so this is called once at the end.
            public override void Flush()
            {
                if (_count > 0) Emit();
            }

            private void Emit()
            {
                WriteChunk(_destination, "IDAT", _buffer, _count);
                _count = 0;
            }

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
        }
    }
}
