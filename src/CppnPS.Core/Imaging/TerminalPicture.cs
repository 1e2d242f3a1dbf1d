using System;
using System.Globalization;
using System.Text;
using System.Threading;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// Draws an image as text for a terminal that understands 24-bit ANSI colour: each character
    /// cell is an upper half block (U+2580) whose foreground is one pixel and whose background is
    /// the pixel below it. Terminal cells are about twice as tall as wide, so one column and two
    /// pixel rows per cell keep the picture's proportions.
    /// </summary>
    public static class TerminalPicture
    {
        private const char UpperHalfBlock = '\u2580';
        private const string Reset = "\u001b[0m";

        /// <summary>
        /// The size of the drawing in pixels (a text row holds two pixel rows): <paramref name="columns"/>
        /// wide when given, otherwise as large as fits <paramref name="windowColumns"/> by
        /// <paramref name="windowRows"/> character cells without enlarging the image. The proportions
        /// of the image are kept.
        /// </summary>
        public static (int Columns, int PixelRows) Fit(int imageWidth, int imageHeight, int? columns, int windowColumns, int windowRows)
        {
            if (imageWidth < 1 || imageHeight < 1) throw new ArgumentOutOfRangeException(nameof(imageWidth), "The image has no pixels.");
            double scale;
            if (columns.HasValue)
            {
                if (columns.Value < 1) throw new ArgumentOutOfRangeException(nameof(columns), "The drawing needs at least one column.");
                scale = (double)columns.Value / imageWidth;
            }
            else
            {
                // Keep one line free for the prompt that follows the drawing.
                double byWidth = (double)Math.Max(1, windowColumns) / imageWidth;
                double byHeight = 2.0 * Math.Max(1, windowRows - 1) / imageHeight;
                scale = Math.Min(1.0, Math.Min(byWidth, byHeight));
            }
            int width = Math.Max(1, (int)Math.Round(imageWidth * scale));
            int pixelRows = Math.Max(1, (int)Math.Round(imageHeight * scale));
            return (width, pixelRows);
        }

        /// <summary>
        /// The drawing, one string per text row ((<paramref name="pixelRows"/> + 1) / 2 of them), each
        /// ending with a colour reset. The image is resampled to <paramref name="columns"/> by
        /// <paramref name="pixelRows"/> pixels, each the mean of the source pixels it covers, so a large
        /// picture takes a while: <paramref name="cancellationToken"/> is checked on every text row.
        /// </summary>
        public static string[] Draw(CppnImage image, int columns, int pixelRows, CancellationToken cancellationToken = default)
        {
            if (image == null) throw new ArgumentNullException(nameof(image));
            if (columns < 1) throw new ArgumentOutOfRangeException(nameof(columns), "The drawing needs at least one column.");
            if (pixelRows < 1) throw new ArgumentOutOfRangeException(nameof(pixelRows), "The drawing needs at least one pixel row.");

            int rows = (pixelRows + 1) / 2;

            ReadOnlySpan<float> samples = image.Samples.Span;
            var top = new byte[3];
            var bottom = new byte[3];
            var lines = new string[rows];
            var text = new StringBuilder(columns * 40);
            for (int row = 0; row < rows; row++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                text.Clear();
                int lastForeground = -1, lastBackground = -1;
                for (int column = 0; column < columns; column++)
                {
                    MeanColour(samples, image.Width, image.Height, column, columns, 2 * row, pixelRows, top);
                    int foreground = Pack(top);
                    if (foreground != lastForeground)
                    {
                        AppendColour(text, 38, top);
                        lastForeground = foreground;
                    }
                    if (2 * row + 1 < pixelRows)
                    {
                        MeanColour(samples, image.Width, image.Height, column, columns, 2 * row + 1, pixelRows, bottom);
                        int background = Pack(bottom);
                        if (background != lastBackground)
                        {
                            AppendColour(text, 48, bottom);
                            lastBackground = background;
                        }
                    }
                    else if (lastBackground != -2)
                    {
                        // The image ends in the upper half of this row: the lower half keeps the terminal's own background.
                        text.Append("\u001b[49m");
                        lastBackground = -2;
                    }
                    text.Append(UpperHalfBlock);
                }
                text.Append(Reset);
                lines[row] = text.ToString();
            }
            return lines;
        }

        // The mean colour of the source pixels that target pixel (column, pixelRow) of a
        // columns x pixelRows grid covers, as bytes (the same rounding as the PNG export).
        private static void MeanColour(ReadOnlySpan<float> samples, int width, int height, int column, int columns,
            int pixelRow, int pixelRows, byte[] rgb)
        {
            int x0 = (int)((long)column * width / columns);
            int x1 = Math.Max(x0 + 1, (int)((long)(column + 1) * width / columns));
            int y0 = (int)((long)pixelRow * height / pixelRows);
            int y1 = Math.Max(y0 + 1, (int)((long)(pixelRow + 1) * height / pixelRows));
            double r = 0, g = 0, b = 0;
            for (int y = y0; y < y1; y++)
            {
                int offset = (y * width + x0) * 3;
                for (int x = x0; x < x1; x++, offset += 3)
                {
                    r += samples[offset];
                    g += samples[offset + 1];
                    b += samples[offset + 2];
                }
            }
            double count = (double)(x1 - x0) * (y1 - y0);
            rgb[0] = SampleLevels.ToByte((float)(r / count));
            rgb[1] = SampleLevels.ToByte((float)(g / count));
            rgb[2] = SampleLevels.ToByte((float)(b / count));
        }

        private static int Pack(byte[] rgb) => (rgb[0] << 16) | (rgb[1] << 8) | rgb[2];

        private static void AppendColour(StringBuilder text, int selector, byte[] rgb)
        {
            text.Append("\u001b[").Append(selector.ToString(CultureInfo.InvariantCulture)).Append(";2;")
                .Append(rgb[0].ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append(rgb[1].ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append(rgb[2].ToString(CultureInfo.InvariantCulture)).Append('m');
        }
    }
}
