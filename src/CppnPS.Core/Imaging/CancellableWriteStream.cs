using System;
using System.IO;
using System.Threading;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// Passes writes through to another stream and throws <see cref="OperationCanceledException"/> once the
    /// token is cancelled: the way to stop an encoder that takes no token of its own. Does not own the inner stream.
    /// </summary>
    internal sealed class CancellableWriteStream : Stream
    {
        private readonly Stream _inner;
        private readonly CancellationToken _cancellationToken;

        public CancellableWriteStream(Stream inner, CancellationToken cancellationToken)
        {
            _inner = inner;
            _cancellationToken = cancellationToken;
        }

        public override bool CanRead => false;
        public override bool CanSeek => _inner.CanSeek;
        public override bool CanWrite => true;
        public override long Length => _inner.Length;

        public override long Position
        {
            get => _inner.Position;
            set => _inner.Position = value;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _inner.Write(buffer, offset, count);
        }

        public override void WriteByte(byte value)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _inner.WriteByte(value);
        }

        public override void Flush() => _inner.Flush();
        public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);
        public override void SetLength(long value) => _inner.SetLength(value);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
