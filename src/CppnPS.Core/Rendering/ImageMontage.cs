using System;
using System.Collections.Generic;
using System.Text;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// Pictures side by side in a grid, so that one changed parameter can be compared at a glance.
    /// Every cell is as large as the largest picture; smaller pictures are centred in their cell.
    /// A montage is a <see cref="CppnImage"/> whose <see cref="CppnImage.Tiles"/> say what is where,
    /// so it is written, shown and measured like any picture.
    /// </summary>
    public static class ImageMontage
    {
        /// <summary>The largest montage side accepted.</summary>
        public const int MaxSide = 32768;

        /// <summary>The largest gap accepted, in pixels.</summary>
        public const int MaxGap = 4096;

        /// <summary>
        /// Lays <paramref name="images"/> out in <paramref name="columns"/> columns (0: a near-square grid),
        /// <paramref name="gap"/> pixels apart and around, on <paramref name="background"/> (RGB in 0..1).
        /// </summary>
        /// <exception cref="ArgumentException">An argument is unusable, or the montage would be larger than <see cref="MaxSide"/>.</exception>
        /// <exception cref="ImageTooLargeException">The montage's samples cannot fit in memory; raised before allocating.</exception>
        public static CppnImage Create(IReadOnlyList<CppnImage> images, int columns, int gap, IReadOnlyList<float> background)
        {
            if (images is null) throw new ArgumentNullException(nameof(images));
            if (images.Count == 0) throw new ArgumentException("A montage needs at least one picture.", nameof(images));
            if (columns < 0) throw new ArgumentOutOfRangeException(nameof(columns), columns, "Columns must be 0 (automatic) or more.");
            if (gap < 0 || gap > MaxGap) throw new ArgumentOutOfRangeException(nameof(gap), gap, $"The gap must be between 0 and {MaxGap} pixels.");
            if (background is null || background.Count != 3) throw new ArgumentException("The background needs three values: red, green, blue.", nameof(background));
            foreach (float v in background)
                if (!(v >= 0f && v <= 1f)) throw new ArgumentOutOfRangeException(nameof(background), v, "Background values must be between 0 and 1.");

            int count = images.Count;
            if (columns == 0) columns = (int)Math.Ceiling(Math.Sqrt(count));
            columns = Math.Min(columns, count);
            int rows = (count + columns - 1) / columns;
            int cellWidth = 0, cellHeight = 0;
            foreach (var image in images)
            {
                if (image is null) throw new ArgumentException("A picture in the list is null.", nameof(images));
                cellWidth = Math.Max(cellWidth, image.Width);
                cellHeight = Math.Max(cellHeight, image.Height);
            }
            long width = (long)columns * cellWidth + (columns + 1L) * gap;
            long height = (long)rows * cellHeight + (rows + 1L) * gap;
            if (width > MaxSide || height > MaxSide)
                throw new ArgumentOutOfRangeException(nameof(images), $"The montage would be {width}x{height}; each side may be at most {MaxSide}. Use smaller pictures, fewer per row, or a smaller gap.");

            int w = (int)width, h = (int)height;
            MemoryBudget.EnsureRenderFits(w, h);
            var samples = new float[(long)w * h * 3];
            for (long i = 0; i < samples.LongLength; i += 3)
            {
                samples[i] = background[0];
                samples[i + 1] = background[1];
                samples[i + 2] = background[2];
            }
            var tiles = new MontageTile[count];
            for (int k = 0; k < count; k++)
            {
                var image = images[k];
                int row = k / columns, column = k % columns;
                int x = gap + column * (cellWidth + gap) + (cellWidth - image.Width) / 2;
                int y = gap + row * (cellHeight + gap) + (cellHeight - image.Height) / 2;
                var source = image.Samples.Span;
                int rowLength = image.Width * 3;
                for (int r = 0; r < image.Height; r++)
                    source.Slice(r * rowLength, rowLength).CopyTo(samples.AsSpan(((y + r) * w + x) * 3, rowLength));
                tiles[k] = new MontageTile(k, row, column, x, y, image);
            }
            return new CppnImage(w, h, samples, tiles);
        }

        /// <summary>
        /// One line per tile of <paramref name="montage"/> with its place and settings (see
        /// <see cref="MontageTile.Describe"/>), LF line ends: the text of Join-CppnImage's sidecar file.
        /// </summary>
        public static string DescribeTiles(CppnImage montage)
        {
            if (montage is null) throw new ArgumentNullException(nameof(montage));
            var text = new StringBuilder();
            foreach (var tile in montage.Tiles) text.Append(tile.Describe()).Append('\n');
            return text.ToString();
        }
    }
}
