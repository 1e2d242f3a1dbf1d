using CppnPS.Core.Colour;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// Lays a picture's samples out in the channels it is written with (<see cref="ChannelLayout"/>): red, green,
    /// blue as they are; one grey sample (the red one: a grey picture's three are equal); or either followed by
    /// alpha. The PNG writer takes the result a band at a time.
    /// </summary>
    internal static class ChannelPacking
    {
        /// <summary>Samples per pixel in <paramref name="layout"/>.</summary>
        public static int Channels(ChannelLayout layout)
        {
            switch (layout)
            {
                case ChannelLayout.Grey: return 1;
                case ChannelLayout.GreyAlpha: return 2;
                case ChannelLayout.Rgba: return 4;
                default: return 3;
            }
        }

        /// <summary>
        /// <paramref name="pixels"/> pixels from pixel <paramref name="firstPixel"/> of <paramref name="rgb"/> (three samples
        /// a pixel) and <paramref name="alpha"/> (one a pixel; null is opaque), laid out in <paramref name="layout"/> from index 0.
        /// Rgb from pixel 0 returns <paramref name="rgb"/> itself.
        /// </summary>
        public static float[] Pack(ChannelLayout layout, float[] rgb, float[]? alpha, long firstPixel, long pixels)
        {
            if (layout == ChannelLayout.Rgb && firstPixel == 0) return rgb;
            int channels = Channels(layout);
            var packed = new float[pixels * channels];
            for (long p = 0; p < pixels; p++)
            {
                long source = (firstPixel + p) * 3, target = p * channels;
                float opacity = alpha is null ? 1f : alpha[firstPixel + p];
                switch (layout)
                {
                    case ChannelLayout.Grey:
                        packed[target] = rgb[source];
                        break;
                    case ChannelLayout.GreyAlpha:
                        packed[target] = rgb[source];
                        packed[target + 1] = opacity;
                        break;
                    case ChannelLayout.Rgba:
                        packed[target] = rgb[source];
                        packed[target + 1] = rgb[source + 1];
                        packed[target + 2] = rgb[source + 2];
                        packed[target + 3] = opacity;
                        break;
                    default:
                        packed[target] = rgb[source];
                        packed[target + 1] = rgb[source + 1];
                        packed[target + 2] = rgb[source + 2];
                        break;
                }
            }
            return packed;
        }
    }
}
