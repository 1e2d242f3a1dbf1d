using System;

namespace CppnPS.Core.Fitting
{
    /// <summary>A target picture has more pixels than <see cref="FitTarget.MaxPixels"/>; raised before it is decoded.</summary>
    public sealed class TargetTooLargeException : Exception
    {
        /// <summary>Records the picture's size.</summary>
        public TargetTooLargeException(string message, int width, int height) : base(message)
        {
            Width = width;
            Height = height;
        }

        /// <summary>Width in pixels, as the file's header states it.</summary>
        public int Width { get; }

        /// <summary>Height in pixels, as the file's header states it.</summary>
        public int Height { get; }
    }
}
