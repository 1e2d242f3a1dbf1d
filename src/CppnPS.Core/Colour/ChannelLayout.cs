namespace CppnPS.Core.Colour
{
    /// <summary>The channels a picture is written with (a PNG's colour type).</summary>
    public enum ChannelLayout
    {
        /// <summary>Red, green, blue.</summary>
        Rgb,
        /// <summary>One grey level (red = green = blue).</summary>
        Grey,
        /// <summary>Red, green, blue and alpha (opacity, not premultiplied).</summary>
        Rgba,
        /// <summary>A grey level and alpha.</summary>
        GreyAlpha,
    }
}
