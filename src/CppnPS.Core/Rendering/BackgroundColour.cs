using System;
using System.Globalization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace CppnPS.Core.Rendering
{
    /// <summary>Reads a montage background colour: a CSS/HTML name ("white") or hex ("#1e1e1e", "1e1e1e", "#fff").</summary>
    public static class BackgroundColour
    {
        /// <summary>Parses <paramref name="text"/> into red, green, blue in 0..1, or throws a <see cref="FormatException"/> that says what is accepted.</summary>
        public static float[] Parse(string? text)
        {
            if (!string.IsNullOrWhiteSpace(text) && Color.TryParse(text!.Trim(), out Color colour))
            {
                Rgb24 rgb = colour.ToPixel<Rgb24>();
                return new[] { rgb.R / 255f, rgb.G / 255f, rgb.B / 255f };
            }
            throw new FormatException(string.Format(CultureInfo.InvariantCulture,
                "'{0}' is not a colour. Give a name such as white, black or grey, or hex digits such as #1e1e1e.", text));
        }
    }
}
