using System;
using System.Globalization;

namespace CppnPS.Core.Imaging
{
    /// <summary>A frame's size differs from the first frame's: every frame of an animation has the same size.</summary>
    public sealed class FrameSizeMismatchException : ArgumentException
    {
        /// <summary>Creates the exception for frame <paramref name="index"/>.</summary>
        public FrameSizeMismatchException(int index, int width, int height, int expectedWidth, int expectedHeight)
            : base(string.Format(CultureInfo.InvariantCulture,
                "Frame {0} is {1}x{2} but the first frame is {3}x{4}; every frame of an animation has the same size. Render them all at one size.",
                index, width, height, expectedWidth, expectedHeight))
        {
            Index = index;
        }

        /// <summary>The frame (from 0) whose size differs.</summary>
        public int Index { get; }
    }
}
