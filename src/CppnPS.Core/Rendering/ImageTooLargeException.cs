using System;

namespace CppnPS.Core.Rendering
{
    /// <summary>A render was refused before allocating because its output cannot fit in memory.</summary>
    public sealed class ImageTooLargeException : ArgumentException
    {
        /// <summary>Creates the exception.</summary>
        public ImageTooLargeException(string message, long requiredBytes, long availableBytes) : base(message)
        {
            RequiredBytes = requiredBytes;
            AvailableBytes = availableBytes;
        }

        /// <summary>Bytes the render would need.</summary>
        public long RequiredBytes { get; }

        /// <summary>Bytes this process may use, as far as the runtime can tell (long.MaxValue when unknown).</summary>
        public long AvailableBytes { get; }
    }
}
