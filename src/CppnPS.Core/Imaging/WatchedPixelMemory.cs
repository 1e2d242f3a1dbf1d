using System;
using System.Buffers;
using System.Runtime.InteropServices;
using System.Threading;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// The pixel buffer handed to ImageSharp's encoders, which take no cancellation token and, for PNG,
    /// deflate the whole picture into memory before they write a byte, so a stream that refuses writes
    /// cannot stop them. They read the picture a row at a time through <see cref="GetSpan"/> (ImageSharp
    /// asks a wrapped <see cref="Memory{T}"/> for its span on every row), so that is where cancellation
    /// is checked and rows are counted: the encoder stops within one row of a cancel, and the count is
    /// its progress.
    /// </summary>
    internal sealed class WatchedPixelMemory<TPixel> : MemoryManager<TPixel>
        where TPixel : unmanaged
    {
        private readonly TPixel[] _pixels;
        private readonly CancellationToken _cancellationToken;
        private readonly IProgress<long>? _progress;
        private readonly long _rows;
        private long _rowsRead;

        /// <param name="length">Pixels in the picture.</param>
        /// <param name="rows">Rows in the picture: the most rows reported as progress.</param>
        /// <param name="cancellationToken">Checked on every row the encoder reads.</param>
        /// <param name="progress">Told of each row read, up to <paramref name="rows"/>.</param>
        public WatchedPixelMemory(long length, int rows, CancellationToken cancellationToken, IProgress<long>? progress)
        {
            _pixels = new TPixel[length];
            _rows = rows;
            _cancellationToken = cancellationToken;
            _progress = progress;
        }

        /// <summary>The pixels, to fill before encoding; reading them here is neither checked nor counted.</summary>
        public Span<TPixel> Pixels => _pixels;

        /// <inheritdoc />
        public override Span<TPixel> GetSpan()
        {
            _cancellationToken.ThrowIfCancellationRequested();
            // Some encoders read a row more than once; progress never passes the picture's height.
            if (_progress != null && _rowsRead < _rows)
            {
                _rowsRead++;
                _progress.Report(1);
            }

            return _pixels;
        }

        /// <inheritdoc />
        public override unsafe MemoryHandle Pin(int elementIndex = 0)
        {
            if ((uint)elementIndex > (uint)_pixels.Length) throw new ArgumentOutOfRangeException(nameof(elementIndex));
            GCHandle handle = GCHandle.Alloc(_pixels, GCHandleType.Pinned);
            byte* start = (byte*)handle.AddrOfPinnedObject() + (long)elementIndex * sizeof(TPixel);
            return new MemoryHandle(start, handle, this);
        }

        /// <inheritdoc />
        public override void Unpin()
        {
            // The MemoryHandle frees its GCHandle itself.
        }

        /// <inheritdoc />
        protected override void Dispose(bool disposing)
        {
            // A managed array: nothing to release.
        }
    }
}
