using System;
using System.Collections.Generic;
using System.Globalization;

namespace CppnPS.Core.Coordinates
{
    /// <summary>
    /// A rectangle of pixels of a picture: columns <see cref="X"/> to X + <see cref="Width"/> - 1 and rows
    /// <see cref="Y"/> to Y + <see cref="Height"/> - 1, counted from the top left of the whole picture. A tile of
    /// a poster is the whole picture's settings plus the region it covers, so its pixels get exactly the
    /// coordinates, and so the samples, they have in the whole.
    /// </summary>
    public sealed record CanvasRegion
    {
        /// <summary>A region of <paramref name="width"/> x <paramref name="height"/> pixels whose top-left pixel is column <paramref name="x"/>, row <paramref name="y"/>.</summary>
        public CanvasRegion(int x, int y, int width, int height)
        {
            X = x;
            Y = y;
            Width = width;
            Height = height;
        }

        /// <summary>First column.</summary>
        public int X { get; }

        /// <summary>First row.</summary>
        public int Y { get; }

        /// <summary>Columns.</summary>
        public int Width { get; }

        /// <summary>Rows.</summary>
        public int Height { get; }

        /// <summary>Pixels in the region.</summary>
        public long Area => (long)Width * Height;

        /// <summary>Throws an <see cref="ArgumentException"/> unless the region lies within a <paramref name="canvasWidth"/> x <paramref name="canvasHeight"/> picture and holds a pixel.</summary>
        public void Validate(int canvasWidth, int canvasHeight)
        {
            if (Width < 1 || Height < 1)
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "The region {0} is empty: its width and height must be at least 1.", this));
            if (X < 0 || Y < 0 || (long)X + Width > canvasWidth || (long)Y + Height > canvasHeight)
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "The region {0} does not lie within the {1}x{2} picture: x + width must be at most {1} and y + height at most {2}.",
                    this, canvasWidth, canvasHeight));
        }

        /// <summary>Whether this region and <paramref name="other"/> share a pixel.</summary>
        public bool Overlaps(CanvasRegion other)
        {
            if (other is null) throw new ArgumentNullException(nameof(other));
            return X < other.X + other.Width && other.X < X + Width && Y < other.Y + other.Height && other.Y < Y + Height;
        }

        /// <summary>
        /// The tiles of a <paramref name="canvasWidth"/> x <paramref name="canvasHeight"/> picture cut into
        /// <paramref name="tileWidth"/> x <paramref name="tileHeight"/> pieces (those on the right and bottom edges
        /// smaller where the sides do not divide), in reading order: left to right, then top to bottom.
        /// </summary>
        public static IReadOnlyList<CanvasRegion> Split(int canvasWidth, int canvasHeight, int tileWidth, int tileHeight)
        {
            if (canvasWidth < 1 || canvasHeight < 1) throw new ArgumentOutOfRangeException(nameof(canvasWidth), "The picture's width and height must be at least 1.");
            if (tileWidth < 1 || tileHeight < 1) throw new ArgumentOutOfRangeException(nameof(tileWidth), "The tile's width and height must be at least 1.");
            var tiles = new List<CanvasRegion>();
            for (int y = 0; y < canvasHeight; y += tileHeight)
                for (int x = 0; x < canvasWidth; x += tileWidth)
                    tiles.Add(new CanvasRegion(x, y, Math.Min(tileWidth, canvasWidth - x), Math.Min(tileHeight, canvasHeight - y)));
            return tiles;
        }

        /// <summary>"x, y, width, height", as Invoke-CppnRender's -Region takes it.</summary>
        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}, {1}, {2}, {3}", X, Y, Width, Height);
    }
}
