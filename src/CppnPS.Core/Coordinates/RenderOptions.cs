using System;
using System.Collections.Generic;
using System.Globalization;
using CppnPS.Core.Colour;

namespace CppnPS.Core.Coordinates
{
    /// <summary>
    /// The picture a render makes: its size, the view of the network's coordinate plane (zoom,
    /// centre, coordinate mode) and the latent values, that is everything that decides which
    /// inputs each pixel gives the network. How the machine computes it (engine, threads) is
    /// <c>ExecutionOptions</c>, apart. Immutable; the defaults are the article's.
    /// </summary>
    public sealed record RenderOptions
    {
        /// <summary>The largest width or height accepted.</summary>
        public const int MaxSide = 65536;

        /// <summary>Image width in pixels (columns).</summary>
        public int Width { get; init; } = 256;

        /// <summary>Image height in pixels (rows).</summary>
        public int Height { get; init; } = 256;

        /// <summary>Scale applied to the coordinates (the article's "zoom": inputs multiplied by it). Larger shows more of the pattern.</summary>
        public double Zoom { get; init; } = 1.0;

        /// <summary>Added to the column (horizontal) coordinate: pans the view.</summary>
        public double CenterX { get; init; }

        /// <summary>Added to the row (vertical) coordinate: pans the view.</summary>
        public double CenterY { get; init; }

        /// <summary>How pixel positions map to coordinates.</summary>
        public CoordinateMode CoordinateMode { get; init; } = CoordinateMode.Normalized;

        /// <summary>Values of the latent inputs z1..zN (must match the network's latent size; empty = all zero).</summary>
        public IReadOnlyList<float> Latent { get; init; } = Array.Empty<float>();

        /// <summary>How the network's outputs become colours (default: the article's RGB).</summary>
        public ColourScheme Colour { get; init; } = ColourScheme.Rgb;

        /// <summary>Rotation, symmetry and supersampling of the picture (default: none).</summary>
        public Framing Framing { get; init; } = Framing.None;

        /// <summary>Checks every value and throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
        public void Validate()
        {
            if (Colour is null) throw new ArgumentNullException(nameof(Colour), "The colour scheme cannot be null; ColourScheme.Rgb is the default.");
            if (Framing is null) throw new ArgumentNullException(nameof(Framing), "The framing cannot be null; Framing.None is the default.");
            Colour.Validate();
            Framing.Validate();
            if (Width < 1 || Width > MaxSide) throw new ArgumentOutOfRangeException(nameof(Width), Width, $"Width must be between 1 and {MaxSide}.");
            if (Height < 1 || Height > MaxSide) throw new ArgumentOutOfRangeException(nameof(Height), Height, $"Height must be between 1 and {MaxSide}.");
            if (!IsFinite(Zoom)) throw new ArgumentOutOfRangeException(nameof(Zoom), Zoom, "Zoom must be a finite number.");
            if (!IsFinite(CenterX) || !IsFinite(CenterY)) throw new ArgumentOutOfRangeException(nameof(CenterX), "Center must be finite numbers.");
            if (Latent != null) foreach (var z in Latent) if (!IsFinite(z)) throw new ArgumentOutOfRangeException(nameof(Latent), z, "Latent values must be finite numbers.");
        }

        /// <summary>
        /// This picture at another size. A side given alone keeps this picture's aspect ratio: a width
        /// <c>w</c> alone gives the height <c>round(w * Height / Width)</c> (halves away from zero, at
        /// least 1), and a height alone the width likewise. Both given are taken as they are; neither
        /// keeps this size. So a network that carries the view of a 16:9 picture re-renders at 16:9
        /// from a width alone, and one without a saved view (256 x 256) renders square.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">A side is outside 1..<see cref="MaxSide"/>, or the side kept in proportion would be.</exception>
        public RenderOptions Resize(int? width, int? height)
        {
            if (width.HasValue) CheckSide(nameof(width), width.Value);
            if (height.HasValue) CheckSide(nameof(height), height.Value);
            if (width.HasValue && height.HasValue) return this with { Width = width.Value, Height = height.Value };
            if (width.HasValue) return this with { Width = width.Value, Height = Proportional(width.Value, Height, Width, "height", "-Height") };
            if (height.HasValue) return this with { Width = Proportional(height.Value, Width, Height, "width", "-Width"), Height = height.Value };
            return this;
        }

        /// <summary>Bytes the float output buffer of this render needs.</summary>
        public long OutputBytes => (long)Width * Height * 3 * sizeof(float);

        private static bool IsFinite(double v) => !double.IsNaN(v) && !double.IsInfinity(v);

        private static void CheckSide(string name, int value)
        {
            if (value < 1 || value > MaxSide) throw new ArgumentOutOfRangeException(name, value, $"The {name} must be between 1 and {MaxSide}.");
        }

        // given * numerator / denominator, rounded half away from zero, at least 1.
        private int Proportional(int given, int numerator, int denominator, string name, string parameter)
        {
            double exact = given * (double)numerator / denominator;
            double rounded = Math.Max(1.0, Math.Round(exact, MidpointRounding.AwayFromZero));
            if (rounded > MaxSide)
                throw new ArgumentOutOfRangeException(name, rounded, string.Format(CultureInfo.InvariantCulture,
                    "Keeping the aspect ratio of {0}x{1}, the {2} would be {3}, more than {4}. Give a smaller size, or give {5} too.",
                    Width, Height, name, rounded, MaxSide, parameter));
            return (int)rounded;
        }

        /// <summary>"256x256, zoom 1, Normalized", then the colour scheme and framing when not the defaults.</summary>
        public override string ToString()
        {
            string text = string.Format(CultureInfo.InvariantCulture, "{0}x{1}, zoom {2:R}, {3}", Width, Height, Zoom, CoordinateMode);
            if (Colour != null && !Colour.IsDefault) text += ", " + Colour;
            if (Framing != null && !Framing.IsPlain) text += ", " + Framing;
            return text;
        }
    }
}
