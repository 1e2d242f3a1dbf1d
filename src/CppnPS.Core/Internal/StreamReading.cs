using System;
using System.IO;

namespace CppnPS.Core.Internal
{
    /// <summary>Reading helpers shared by the chunk and block walkers of the PNG and GIF readers.</summary>
    internal static class StreamReading
    {
        /// <summary>Reads exactly <paramref name="count"/> bytes into <paramref name="buffer"/>; false when the stream ends first.</summary>
        public static bool TryReadExactly(Stream stream, byte[] buffer, int count) => ReadUpTo(stream, buffer, count) == count;

        /// <summary>Reads up to <paramref name="count"/> bytes into <paramref name="buffer"/>, fewer only where the stream ends; returns how many.</summary>
        public static int ReadUpTo(Stream stream, byte[] buffer, int count)
        {
            int total = 0;
            while (total < count)
            {
                int read = stream.Read(buffer, total, count - total);
                if (read <= 0) break;
                total += read;
            }
            return total;
        }

        /// <summary>Skips <paramref name="count"/> bytes, seeking where the stream can; a stream that ends first throws <paramref name="truncated"/>'s exception.</summary>
        public static void Skip(Stream stream, long count, Func<Exception> truncated)
        {
            if (stream.CanSeek)
            {
                if (stream.Position + count > stream.Length) throw truncated();
                stream.Seek(count, SeekOrigin.Current);
                return;
            }
            var buffer = new byte[(int)Math.Min(count, 81920)];
            while (count > 0)
            {
                int read = stream.Read(buffer, 0, (int)Math.Min(count, buffer.Length));
                if (read <= 0) throw truncated();
                count -= read;
            }
        }
    }
}
