using System;

namespace CppnPS.Captions
{
    /// <summary>
    /// SkiaSharp's native library (libSkiaSharp) could not be loaded on this platform, so no text can be drawn;
    /// every other part of CppnPS works without it. The message names the platform.
    /// </summary>
    public sealed class TextRendererUnavailableException : Exception
    {
        /// <summary>Creates the exception; <paramref name="innerException"/> is the loader's own complaint.</summary>
        public TextRendererUnavailableException(string message, Exception? innerException) : base(message, innerException)
        {
        }
    }
}
