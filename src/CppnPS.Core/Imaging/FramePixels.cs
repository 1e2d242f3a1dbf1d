using System;
using System.Threading;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Imaging
{
    /// <summary>A picture as 8-bit RGB bytes, the layout GIF quantizers and ffmpeg's rgb24 input take.</summary>
    internal static class FramePixels
    {
        /// <summary>Fills <paramref name="rgb"/> (width * height * 3 bytes) with <see cref="SampleLevels.ToByte"/> of each sample.</summary>
        public static void Fill(CppnImage image, Span<byte> rgb, CancellationToken cancellationToken)
        {
            float[] samples = image.SampleBuffer;
            int rowLength = image.Width * 3;
            for (int y = 0; y < image.Height; y++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int start = y * rowLength;
                SampleLevels.ToBytes(samples.AsSpan(start, rowLength), rgb.Slice(start, rowLength), SampleRounding.Nearest);
            }
        }
    }
}
