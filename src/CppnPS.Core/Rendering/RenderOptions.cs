using System;
using System.Collections.Generic;
using System.Globalization;
using CppnPS.Core.Coordinates;

namespace CppnPS.Core.Rendering
{
    /// <summary>Settings of one render. Immutable; the defaults are the article's.</summary>
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

        /// <summary>Most threads to use; 0 = one per core.</summary>
        public int ThrottleLimit { get; init; }

        /// <summary>Checks every value and throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
        public void Validate()
        {
            if (Width < 1 || Width > MaxSide) throw new ArgumentOutOfRangeException(nameof(Width), Width, $"Width must be between 1 and {MaxSide}.");
            if (Height < 1 || Height > MaxSide) throw new ArgumentOutOfRangeException(nameof(Height), Height, $"Height must be between 1 and {MaxSide}.");
            if (!IsFinite(Zoom)) throw new ArgumentOutOfRangeException(nameof(Zoom), Zoom, "Zoom must be a finite number.");
            if (!IsFinite(CenterX) || !IsFinite(CenterY)) throw new ArgumentOutOfRangeException(nameof(CenterX), "Center must be finite numbers.");
            if (ThrottleLimit < 0) throw new ArgumentOutOfRangeException(nameof(ThrottleLimit), ThrottleLimit, "ThrottleLimit must be 0 (all cores) or more.");
            if (Latent != null) foreach (var z in Latent) if (!IsFinite(z)) throw new ArgumentOutOfRangeException(nameof(Latent), z, "Latent values must be finite numbers.");
        }

        /// <summary>Threads the render uses: ThrottleLimit, or the core count when it is 0.</summary>
        public int EffectiveThreads => ThrottleLimit > 0 ? ThrottleLimit : Environment.ProcessorCount;

        /// <summary>Bytes the float output buffer of this render needs.</summary>
        public long OutputBytes => (long)Width * Height * 3 * sizeof(float);

        private static bool IsFinite(double v) => !double.IsNaN(v) && !double.IsInfinity(v);

        /// <summary>"256x256, zoom 1, Normalized".</summary>
        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}x{1}, zoom {2:R}, {3}", Width, Height, Zoom, CoordinateMode);
    }
}
