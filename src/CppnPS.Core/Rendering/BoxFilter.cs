using System;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// Averages the s x s samples of each pixel of a supersampled picture (a box filter). Each pixel's samples are
    /// sorted before they are added, in double, and the mean is rounded once to float: the result depends only on
    /// the set of values, so it is deterministic, and pixels that a symmetry makes mirror images of each other
    /// (whose samples are the same values in another order) stay equal to the bit.
    /// </summary>
    internal static class BoxFilter
    {
        /// <summary>
        /// Reduces picture rows <paramref name="firstRow"/> .. <paramref name="firstRow"/> + <paramref name="rowCount"/> - 1
        /// of a picture <paramref name="width"/> pixels wide, held as s x s samples a pixel of <paramref name="channels"/>
        /// channels each in <paramref name="fine"/> (row r's samples start at sample row r * s), to one sample per pixel
        /// and channel at the same pixel index in <paramref name="coarse"/>. Each pixel depends on its own samples alone,
        /// so row ranges may be reduced in parallel.
        /// </summary>
        public static void Reduce(float[] fine, int channels, int width, int firstRow, int rowCount, int s, float[] coarse)
        {
            int fineWidth = width * s;
            var values = new float[s * s];
            for (int r = firstRow; r < firstRow + rowCount; r++)
            {
                for (int c = 0; c < width; c++)
                {
                    for (int ch = 0; ch < channels; ch++)
                    {
                        int n = 0;
                        for (int i = 0; i < s; i++)
                        {
                            long rowStart = ((long)(r * s + i) * fineWidth + (long)c * s) * channels + ch;
                            for (int j = 0; j < s; j++) values[n++] = fine[rowStart + (long)j * channels];
                        }
                        coarse[((long)r * width + c) * channels + ch] = Mean(values);
                    }
                }
            }
        }

        private static float Mean(float[] values)
        {
            // Insertion sort: at most 16 values. NaN (never from the colour stage, which clamps) would sort last.
            for (int i = 1; i < values.Length; i++)
            {
                float v = values[i];
                int j = i - 1;
                while (j >= 0 && values[j] > v)
                {
                    values[j + 1] = values[j];
                    j--;
                }
                values[j + 1] = v;
            }
            double sum = 0;
            for (int i = 0; i < values.Length; i++) sum += values[i];
            return (float)(sum / values.Length);
        }
    }
}
