namespace CppnPS.Core.Colour
{
    /// <summary>
    /// How the network's outputs become a pixel's colour. The number of outputs each mode reads is
    /// <see cref="ColourScheme.ColourOutputs"/>: the one table of it.
    /// </summary>
    public enum ColourMode
    {
        /// <summary>Outputs 0, 1, 2 are red, green and blue, as they are (the article's pictures).</summary>
        Rgb,
        /// <summary>Output 0 is the grey level; the picture is written as a greyscale PNG.</summary>
        Grey,
        /// <summary>Outputs 0, 1, 2 are hue (wrapped: only its fractional part counts), saturation and value.</summary>
        Hsv,
        /// <summary>Outputs 0, 1, 2 are hue (wrapped), saturation and lightness.</summary>
        Hsl,
        /// <summary>Output 0 picks a colour of the <see cref="ColourScheme.Palette"/>: 0 its first, 1 its last.</summary>
        Palette,
        /// <summary>Outputs 0 to 3 are cyan, magenta, yellow and key (black) ink: red = (1 - C)(1 - K), and so on.</summary>
        Cmyk,
    }
}
